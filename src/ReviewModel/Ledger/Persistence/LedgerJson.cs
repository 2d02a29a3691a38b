using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using ReviewModel.Model;
using ReviewModel.Serialization;

namespace ReviewModel.Ledger.Persistence;

/// <summary>
/// Reads and writes a <see cref="RectificationLedger"/> as JSON, the ledger's default, diff-friendly form:
/// System.Text.Json with NodaTime's serializer (ISO dates), statuses by their Chinese names, one property per
/// line, the material embedded as <see cref="ReviewJson"/> writes it, and a <c>schemaVersion</c>. Properties
/// this version does not know are reported in <see cref="LedgerJsonResult.UnknownFields"/>.
/// </summary>
public static class LedgerJson
{
    /// <summary>The schema version written, and the newest one read.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Writes a ledger as JSON text.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static string Serialize(RectificationLedger ledger)
    {
        if (ledger is null)
        {
            throw new ArgumentNullException(nameof(ledger));
        }

        var dto = new LedgerDto
        {
            SchemaVersion = SchemaVersion,
            Title = ledger.Title,
            Document = JsonSerializer.SerializeToElement(ledger.Document, ReviewJson.Options),
            Entries = ledger.Entries.Select(e => (EntryDto?)ToDto(e)).ToList(),
        };
        return JsonSerializer.Serialize(dto, Options);
    }

    /// <summary>Reads a ledger, reporting properties this version does not know.</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="LedgerJsonException">Malformed JSON, a missing or newer schema version, or a value that is not valid (with its JSON path).</exception>
    public static LedgerJsonResult Read(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        LedgerDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<LedgerDto>(json, Options);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is long l ? $", 第 {l + 1} 行 (line {l + 1})" : string.Empty;
            throw new LedgerJsonException($"无效的台账 JSON (invalid ledger JSON) 位置 (at) {e.Path ?? "$"}{line}: {e.Message}", e.Path, e);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or InvalidOperationException)
        {
            throw new LedgerJsonException($"无效的台账 JSON (invalid ledger JSON): {e.Message}", null, e);
        }

        if (dto is null)
        {
            throw new LedgerJsonException("JSON 为 null，不是台账 (the JSON is null, not a ledger).", "$");
        }

        return new Reader().Read(dto);
    }

    /// <summary>Reads a ledger; unknown properties are dropped — use <see cref="Read"/> to see them.</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="LedgerJsonException">The JSON does not describe a valid ledger.</exception>
    public static RectificationLedger Deserialize(string json) => Read(json).Ledger;

    /// <summary>Reads a ledger from a UTF-8 file, refusing files larger than <paramref name="maxBytes"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The largest file accepted (64 MB by default).</param>
    /// <exception cref="LedgerJsonException">Too large, or not a valid ledger (the message names the file).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static LedgerJsonResult ReadFile(string path, long maxBytes = 64L * 1024 * 1024)
    {
        var length = new FileInfo(path).Length;
        if (length > maxBytes)
        {
            throw new LedgerJsonException($"{path}: 文件过大（{length} 字节，上限 {maxBytes}） (file too large).", null);
        }

        try
        {
            return Read(File.ReadAllText(path, System.Text.Encoding.UTF8));
        }
        catch (LedgerJsonException e)
        {
            throw new LedgerJsonException($"{path}: {e.Message}", e.JsonPath, e);
        }
    }

    private static EntryDto ToDto(LedgerEntry e) => new()
    {
        Key = e.Key,
        Kind = KindName(e.Kind),
        ProblemId = e.ProblemId,
        Problem = e.Problem,
        Aspect = e.Aspect,
        MeasureId = e.MeasureId,
        Measure = e.Measure,
        Owners = e.Owners.Select(o => (string?)o).ToList(),
        OwningUnit = e.OwningUnit,
        Deadline = e.Deadline,
        OriginalDeadline = e.OriginalDeadline,
        Standard = e.Standard,
        Status = e.Status.Name(),
        Log = e.Log.Select(r => (RecordDto?)new RecordDto
        {
            Date = r.Date,
            By = r.By,
            What = r.What,
            Evidence = r.Evidence.IsEmpty ? null : r.Evidence.Select(x => (string?)x).ToList(),
            Status = r.Status?.Name(),
        }).ToList(),
        ClosedOn = e.ClosedOn,
        ClosedBy = e.ClosedBy,
        Remark = e.Remark,
        Extras = e.Extras.IsEmpty ? null : e.Extras.Select(f => (ExtraDto?)new ExtraDto { Name = f.Name, Value = f.Value }).ToList(),
    };

    private static string KindName(LedgerEntryKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = 64,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new DeadlineJsonConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.MakeReadOnly();
        return options;
    }

    private sealed class Reader
    {
        private readonly List<string> _unknown = new();

        public LedgerJsonResult Read(LedgerDto dto)
        {
            Unknown("$", dto.Unknown);
            if (dto.SchemaVersion is not int version)
            {
                throw Error("$.schemaVersion", "缺少 schemaVersion，不是台账 JSON (schemaVersion missing: not a ledger).");
            }

            if (version < 1 || version > SchemaVersion)
            {
                throw Error("$.schemaVersion", $"台账版本 {version} 不受支持，本程序支持 1–{SchemaVersion} (schema version {version} is not supported).");
            }

            if (dto.Document is not { ValueKind: JsonValueKind.Object } documentJson)
            {
                throw Error("$.document", "缺少所跟踪的材料 (document missing).");
            }

            ReviewDocument document;
            try
            {
                document = ReviewJson.Deserialize(documentJson.GetRawText());
            }
            catch (ReviewJsonException e)
            {
                throw new LedgerJsonException($"$.document: {e.Message}", "$.document" + (e.JsonPath?.TrimStart('$') ?? string.Empty), e);
            }

            var entries = new List<LedgerEntry>();
            var list = dto.Entries ?? throw Error("$.entries", "缺少 entries (entries missing).");
            for (var i = 0; i < list.Count; i++)
            {
                entries.Add(Entry(list[i] ?? throw Error($"$.entries[{i}]", "事项为 null (entry is null)."), $"$.entries[{i}]"));
            }

            try
            {
                return new LedgerJsonResult(new RectificationLedger(document, entries.ToValueList()), _unknown);
            }
            catch (ArgumentException e)
            {
                throw Error("$.entries", e.Message);
            }
        }

        private LedgerEntry Entry(EntryDto e, string path)
        {
            Unknown(path, e.Unknown);
            var kind = LedgerEntryKind.Linked;
            if (e.Kind is not null && !TryKind(e.Kind, out kind))
            {
                throw Error(path + ".kind", $"未知的事项类型“{e.Kind}” (unknown kind).");
            }

            var log = new List<ProgressRecord>();
            for (var i = 0; i < (e.Log?.Count ?? 0); i++)
            {
                log.Add(Record(e.Log![i] ?? throw Error($"{path}.log[{i}]", "进展记录为 null (record is null)."), $"{path}.log[{i}]"));
            }

            var extras = new List<LedgerExtraField>();
            for (var i = 0; i < (e.Extras?.Count ?? 0); i++)
            {
                var f = e.Extras![i] ?? throw Error($"{path}.extras[{i}]", "附加列为 null (extra is null).");
                Unknown($"{path}.extras[{i}]", f.Unknown);
                extras.Add(new LedgerExtraField(Required(f.Name, $"{path}.extras[{i}].name"), f.Value ?? string.Empty));
            }

            return new LedgerEntry(
                Required(e.Key, path + ".key"),
                kind,
                e.ProblemId,
                e.Problem ?? string.Empty,
                e.Aspect,
                e.MeasureId,
                e.Measure ?? string.Empty,
                Strings(e.Owners, path + ".owners"),
                e.OwningUnit,
                e.Deadline,
                e.OriginalDeadline,
                e.Standard,
                Status(e.Status, path + ".status") ?? RectificationStatus.NotStarted,
                log.ToValueList(),
                e.ClosedOn,
                e.ClosedBy,
                e.Remark ?? string.Empty,
                extras.ToValueList());
        }

        private ProgressRecord Record(RecordDto r, string path)
        {
            Unknown(path, r.Unknown);
            var date = r.Date ?? throw Error(path + ".date", "进展记录缺少日期 (date missing).");
            return new ProgressRecord(date, r.By ?? string.Empty, Required(r.What, path + ".what"), Strings(r.Evidence, path + ".evidence"), Status(r.Status, path + ".status"));
        }

        private static RectificationStatus? Status(string? text, string path)
        {
            if (text is null)
            {
                return null;
            }

            return RectificationStatuses.TryParse(text, out var status)
                ? status
                : throw Error(path, $"未知状态“{text}”，应为 {string.Join("、", RectificationStatuses.AllNames)} (unknown status).");
        }

        private static bool TryKind(string text, out LedgerEntryKind kind)
        {
            foreach (LedgerEntryKind k in Enum.GetValues(typeof(LedgerEntryKind)))
            {
                if (string.Equals(KindName(k), text, StringComparison.OrdinalIgnoreCase))
                {
                    kind = k;
                    return true;
                }
            }

            kind = LedgerEntryKind.Linked;
            return false;
        }

        private static ValueList<string> Strings(List<string?>? items, string path)
        {
            if (items is null)
            {
                return ValueList<string>.Empty;
            }

            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is null)
                {
                    throw Error($"{path}[{i}]", "值为 null (null value).");
                }
            }

            return items.Select(s => s!).ToValueList();
        }

        private static string Required(string? value, string path) =>
            string.IsNullOrWhiteSpace(value) ? throw Error(path, "缺少或为空 (missing or blank).") : value!;

        private void Unknown(string path, Dictionary<string, JsonElement>? unknown)
        {
            if (unknown is null)
            {
                return;
            }

            foreach (var name in unknown.Keys)
            {
                _unknown.Add(path + "." + name);
            }
        }

        private static LedgerJsonException Error(string path, string what) => new($"{path}: {what}", path);
    }
}
