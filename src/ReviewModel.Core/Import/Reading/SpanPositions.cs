using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>
/// The places in the input of a span's characters, for a span that is not one run of the input: each character's
/// offset from the span's piecewise map (<see cref="SourceSpan.OffsetAt"/>), turned into a line and column by the
/// <see cref="LineMap"/>. Past the span's end (a field that runs on from it), one column per character after the last.
/// </summary>
internal sealed class SpanPositions : ISourcePositions
{
    private readonly LineMap _map;
    private readonly SourceSpan _span;

    public SpanPositions(LineMap map, SourceSpan span)
    {
        _map = map;
        _span = span;
    }

    public SourceLocation At(int offset)
    {
        if (offset < _span.Length)
        {
            return _map.Locate(_span.OffsetAt(offset));
        }

        var last = _map.Locate(_span.OffsetAt(_span.Length - 1));
        return new SourceLocation(last.File, last.Line, (int)System.Math.Min(int.MaxValue, (long)last.Column + 1 + (offset - _span.Length)));
    }
}
