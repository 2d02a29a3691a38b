using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ReviewModel.Aspects;
using ReviewModel.Model;

namespace ReviewModel.Analyzers;

/// <summary>
/// What the analyzers learnt about one document from its builder code, without running it. Every
/// fact comes from a constant; <see cref="Complete"/> turns false as soon as something is not
/// understood (a non-constant ID, a builder handed to a helper, a loop), and the rules that need the
/// whole document then stay silent.
/// </summary>
internal sealed class DocumentFacts
{
    /// <summary>Whether every call that shapes the document was understood, with constant IDs and links.</summary>
    public bool Complete { get; set; } = true;

    /// <summary>Whether the header was understood (subject, meeting kind).</summary>
    public bool HeaderKnown { get; set; } = true;

    /// <summary>Whether some waiver could not be read (then nothing document-level is reported).</summary>
    public bool WaiversUnknown { get; set; }

    public SubjectKind? Subject { get; set; }

    public MeetingKind Meeting { get; set; } = MeetingKind.DemocraticLife;

    public ConstantDate? MeetingDate { get; set; }

    public AspectCatalogue? Catalogue { get; set; }

    public bool CatalogueKnown { get; set; } = true;

    public Location? CatalogueLocation { get; set; }

    /// <summary>Where a missing section is reported: the <c>Create</c> or <c>Build</c> call.</summary>
    public Location? BuildLocation { get; set; }

    public Dictionary<SectionKind, bool> Sections { get; } = new();

    public List<DeclarationFact> Declarations { get; } = new();

    public List<LinkFact> Links { get; } = new();

    public List<GroupFact> Groups { get; } = new();

    public List<DeadlineFact> Deadlines { get; } = new();

    public List<(string RuleId, string Target)> Waivers { get; } = new();
}

/// <summary>A problem, cause or measure declared with a constant ID.</summary>
internal sealed class DeclarationFact
{
    public DeclarationFact(string id, ElementKind kind, string path, Location location, GroupFact? group)
    {
        Id = id;
        Kind = kind;
        Path = path;
        Location = location;
        Group = group;
    }

    public string Id { get; }

    public ElementKind Kind { get; }

    public string Path { get; }

    public Location Location { get; }

    public GroupFact? Group { get; }

    private readonly Dictionary<string, int> _links = new(System.StringComparer.Ordinal);

    /// <summary>The index of the next link in <paramref name="field"/> (explains, addresses, remedies).</summary>
    public int NextLinkIndex(string field)
    {
        _links.TryGetValue(field, out var count);
        _links[field] = count + 1;
        return count;
    }
}

/// <summary>A link (<c>Explains</c>, <c>Addresses</c>, <c>Remedies</c>) to a constant ID.</summary>
internal sealed class LinkFact
{
    public LinkFact(string targetId, string field, ElementKind targetKind, DeclarationFact owner, string path, Location location)
    {
        TargetId = targetId;
        Field = field;
        TargetKind = targetKind;
        Owner = owner;
        Path = path;
        Location = location;
    }

    public string TargetId { get; }

    public string Field { get; }

    public ElementKind TargetKind { get; }

    public DeclarationFact Owner { get; }

    public string Path { get; }

    public Location Location { get; }
}

/// <summary>One aspect group of the problem section.</summary>
internal sealed class GroupFact
{
    public GroupFact(int index, int? number, bool numberKnown, bool? hasHeading)
    {
        Index = index;
        Number = number;
        NumberKnown = numberKnown;
        HasHeading = hasHeading;
    }

    public int Index { get; }

    public int? Number { get; }

    public bool NumberKnown { get; }

    /// <summary>Whether the group has a non-blank heading; null when not constant.</summary>
    public bool? HasHeading { get; set; }

    /// <summary>Whether everything inside the group was understood.</summary>
    public bool Known { get; set; } = true;

    public int ProblemCount { get; set; }

    public string Path => $"problems.aspects[{Index}]";
}

/// <summary>A measure's constant deadline.</summary>
internal sealed class DeadlineFact
{
    public DeadlineFact(DeclarationFact measure, ConstantDate date, Location location)
    {
        Measure = measure;
        Date = date;
        Location = location;
    }

    public DeclarationFact Measure { get; }

    public ConstantDate Date { get; }

    public Location Location { get; }
}

/// <summary>The kinds of element that carry IDs (as in the validator's index).</summary>
internal enum ElementKind
{
    Problem,
    Cause,
    Measure,
}
