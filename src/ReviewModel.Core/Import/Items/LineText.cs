using System;
using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// Paragraphs written as one text, a line each: non-empty paragraphs separated by line breaks (as
/// <see cref="SourceSpan.Join"/> writes them), then closing paragraphs each on a line of its own. The text is
/// assembled in the <see cref="ScratchBuffer"/> from the paragraphs' characters read in place, and copied once; a text
/// of one paragraph is that paragraph's own string.
/// </summary>
internal sealed class LineText
{
    private readonly List<Line> _lines = new();
    private int _length;

    /// <summary>Adds <paramref name="line"/> when it is not empty.</summary>
    public LineText Add(string line) => Add(new Line(line, null), line.Length);

    /// <summary>Adds the non-empty paragraphs.</summary>
    public LineText Add(IReadOnlyList<SourceSpan> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            Add(new Line(null, paragraphs[i]), paragraphs[i].Length);
        }

        return this;
    }

    /// <summary>The lines, then each closing paragraph after a line break (an empty one too), as one string.</summary>
    public string ToString(IReadOnlyList<SourceSpan>? closing)
    {
        var length = _length;
        if (closing is not null)
        {
            for (var i = 0; i < closing.Count; i++)
            {
                length += 1 + closing[i].Length;
            }
        }

        if (length == 0)
        {
            return string.Empty;
        }

        if (_lines.Count == 1 && length == _length)
        {
            return _lines[0].ToText();
        }

        var buffer = ScratchBuffer.Take(length);
        var at = 0;
        foreach (var line in _lines)
        {
            if (at > 0)
            {
                buffer[at++] = '\n';
            }

            at = ScratchBuffer.Append(buffer, at, line.Characters);
        }

        if (closing is not null)
        {
            for (var i = 0; i < closing.Count; i++)
            {
                buffer[at++] = '\n';
                at = ScratchBuffer.Append(buffer, at, closing[i].AsSpan());
            }
        }

        var text = new string(buffer, 0, at);
        ScratchBuffer.Give(buffer);
        return text;
    }

    /// <inheritdoc />
    public override string ToString() => ToString(null);

    private LineText Add(Line line, int length)
    {
        if (length > 0)
        {
            _length += length + (_lines.Count > 0 ? 1 : 0);
            _lines.Add(line);
        }

        return this;
    }

    /// <summary>A line as it was added: a string, or a paragraph whose string is made only if the text is that one line.</summary>
    private readonly struct Line
    {
        private readonly string? _text;
        private readonly SourceSpan? _paragraph;

        public Line(string? text, SourceSpan? paragraph)
        {
            _text = text;
            _paragraph = paragraph;
        }

        /// <summary>The line's characters, read in place.</summary>
        public ReadOnlySpan<char> Characters => _paragraph is not null ? _paragraph.AsSpan() : _text.AsSpan();

        /// <summary>The line as a string: the string added, or the paragraph's own (<see cref="SourceSpan.Text"/>).</summary>
        public string ToText() => _paragraph?.Text ?? _text ?? string.Empty;
    }
}
