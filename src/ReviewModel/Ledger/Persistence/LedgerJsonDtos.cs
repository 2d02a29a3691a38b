using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using ReviewModel.Model;

namespace ReviewModel.Ledger.Persistence;

// The ledger's JSON shape. Data-transfer classes, internal: the public model stays immutable. Every level keeps
// the properties it does not know in Unknown, so that they can be reported.
internal sealed class LedgerDto
{
    public int? SchemaVersion { get; set; }

    public string? Title { get; set; }

    public JsonElement? Document { get; set; }

    public List<EntryDto?>? Entries { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class EntryDto
{
    public string? Key { get; set; }

    public string? Kind { get; set; }

    public string? ProblemId { get; set; }

    public string? Problem { get; set; }

    public string? Aspect { get; set; }

    public string? MeasureId { get; set; }

    public string? Measure { get; set; }

    public List<string?>? Owners { get; set; }

    public string? OwningUnit { get; set; }

    public Deadline? Deadline { get; set; }

    public Deadline? OriginalDeadline { get; set; }

    public string? Standard { get; set; }

    public string? Status { get; set; }

    public List<RecordDto?>? Log { get; set; }

    public LocalDate? ClosedOn { get; set; }

    public string? ClosedBy { get; set; }

    public string? Remark { get; set; }

    public List<ExtraDto?>? Extras { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class RecordDto
{
    public LocalDate? Date { get; set; }

    public string? By { get; set; }

    public string? What { get; set; }

    public List<string?>? Evidence { get; set; }

    public string? Status { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class ExtraDto
{
    public string? Name { get; set; }

    public string? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
