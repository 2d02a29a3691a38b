using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>A paragraph that starts a section: the kind, the heading as written, text after the heading. A value: the
/// sections stage keeps one per block in a pooled array, so reading where sections start allocates nothing.</summary>
internal readonly struct SectionStart
{
    public SectionStart(SectionKind kind, SourceSpan heading, SourceSpan rest, bool recognised)
    {
        Kind = kind;
        Heading = heading;
        Rest = rest;
        Recognised = recognised;
    }

    public SectionKind Kind { get; }

    public SourceSpan Heading { get; }

    public SourceSpan Rest { get; }

    /// <summary>Whether the heading named a known section (otherwise the section is kept as <see cref="SectionKind.Other"/>).</summary>
    public bool Recognised { get; }
}
