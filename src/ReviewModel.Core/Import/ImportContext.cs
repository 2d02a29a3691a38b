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

    /// <summary>The year measures run in, for deadlines written without one (9月底前): the meeting's year, or the year after a 年度 title.</summary>
    public int? ContextYear { get; set; }

    public SourceLocation? Locate(SourceSpan span) => !span.HasPosition ? null : Map.Locate(span.OffsetAt(0));

    public Paragraph Paragraph(SourceSpan span) => new(span.Text, Locate(span));

    /// <summary>The non-empty spans as paragraphs, in order.</summary>
    public ValueList<Paragraph> Paragraphs(IReadOnlyList<SourceSpan> spans)
    {
        var count = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            count += spans[i].Length > 0 ? 1 : 0;
        }

        var paragraphs = new Paragraph[count];
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
