using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ReviewModel.Model;
using ReviewModel.Validation;

namespace ReviewModel.Import;

/// <summary>What one import shares: positions, diagnostics, ID counters, cancellation.</summary>
internal sealed class ImportContext
{
    public ImportContext(LineMap map, ImportOptions options, CancellationToken cancellationToken)
    {
        Map = map;
        Options = options;
        CancellationToken = cancellationToken;
    }

    public LineMap Map { get; }

    public ImportOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public List<ImportDiagnostic> Diagnostics { get; } = new();

    public int GroupCount { get; set; }

    public int CauseCount { get; set; }

    public int MeasureCount { get; set; }

    /// <summary>
    /// A heading normalised for aspect matching (<see cref="AspectMatcher.Key"/>), made once per import: the sections stage
    /// (is this line an aspect heading?) and the resolution stage (which catalogue, which aspect) match the same headings,
    /// and a key keeps its shared character pairs with the catalogues' titles.
    /// </summary>
    public AspectMatcher.Key AspectKey(string heading)
    {
        _aspectKeys ??= new Dictionary<string, AspectMatcher.Key>(System.StringComparer.Ordinal);
        if (!_aspectKeys.TryGetValue(heading, out var key))
        {
            key = AspectMatcher.Key.Of(heading);
            _aspectKeys.Add(heading, key);
        }

        return key;
    }

    private Dictionary<string, AspectMatcher.Key>? _aspectKeys;

    /// <summary>The year measures run in, for deadlines written without one (9月底前): the meeting's year, or the year after a 年度 title.</summary>
    public int? ContextYear { get; set; }

    /// <summary>
    /// Where the span starts. A span that is not one run of the input (markup left out, lines joined) also carries where each
    /// of its characters came from (<see cref="SpanPositions"/>), so that findings inside its text get their own line and column.
    /// </summary>
    public SourceLocation? Locate(SourceSpan span)
    {
        if (!span.HasPosition)
        {
            return null;
        }

        var start = Map.Locate(span.OffsetAt(0));
        return span.IsOneRun ? start : start with { Positions = new SpanPositions(Map, span) };
    }

    /// <summary>
    /// Where characters <paramref name="start"/>…<paramref name="start"/> + <paramref name="length"/> of
    /// <paramref name="span"/> start: what <c>Locate(span.Slice(start, length))</c> gives, without cutting the slice when the
    /// span is one run of the input (then the start alone is its location).
    /// </summary>
    public SourceLocation? Locate(SourceSpan span, int start, int length) =>
        span.IsOneRun ? (span.HasPosition ? Map.Locate(span.OffsetAt(start)) : null) : Locate(span.Slice(start, length));

    /// <summary>Where the range starts: what <c>Locate(range.Cut())</c> gives.</summary>
    public SourceLocation? Locate(SpanRange range) => Locate(range.Span, range.Start, range.Length);

    /// <summary>Where characters <paramref name="start"/>…<paramref name="start"/> + <paramref name="length"/> of the range
    /// start: what <c>Locate(range.Cut().Slice(start, length))</c> gives (cutting it only when the span is not one run).</summary>
    public SourceLocation? Locate(SpanRange range, int start, int length) =>
        range.Span.IsOneRun ? Locate(range.Span, range.Start + start, length) : Locate(range.Cut().Slice(start, length));

    public Paragraph Paragraph(SourceSpan span) => new(span.Text, Locate(span));

    /// <summary>The non-empty spans as paragraphs, in order.</summary>
    public ValueList<Paragraph> Paragraphs(IReadOnlyList<SourceSpan> spans)
    {
        var count = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            count += spans[i].Length > 0 ? 1 : 0;
        }

        var paragraphs = ModelFactory.ArrayOf<Paragraph>(count);
        for (int i = 0, at = 0; i < spans.Count; i++)
        {
            if (spans[i].Length > 0)
            {
                paragraphs[at++] = Paragraph(spans[i]);
            }
        }

        return ValueList<Paragraph>.Adopt(paragraphs);
    }

    public void Report(RuleDescriptor rule, SourceSpan? at, params object?[] arguments) =>
        Diagnostics.Add(ImportDiagnostic.Of(rule, at is null ? null : Locate(at), arguments));
}
