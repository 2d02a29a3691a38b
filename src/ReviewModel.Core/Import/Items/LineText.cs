using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// Paragraphs written as one text, a line each: non-empty paragraphs separated by line breaks (as
/// <see cref="SourceSpan.Join"/> writes them), then closing paragraphs each on a line of its own. The text is
/// assembled in the <see cref="ScratchBuffer"/> and copied once; a text of one paragraph is that paragraph's own string.
/// </summary>
internal sealed class LineText
{
    private readonly List<string> _lines = new();
    private int _length;

    /// <summary>Adds <paramref name="line"/> when it is not empty.</summary>
    public LineText Add(string line)
    {
        if (line.Length > 0)
        {
            _length += line.Length + (_lines.Count > 0 ? 1 : 0);
            _lines.Add(line);
        }

        return this;
    }

    /// <summary>Adds the non-empty paragraphs.</summary>
    public LineText Add(List<SourceSpan> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            Add(paragraph.Text);
        }

        return this;
    }

    /// <summary>The lines, then each closing paragraph after a line break (an empty one too), as one string.</summary>
    public string ToString(List<SourceSpan>? closing)
    {
        var length = _length;
        if (closing is not null)
        {
            foreach (var paragraph in closing)
            {
                length += 1 + paragraph.Length;
            }
        }

        if (length == 0)
        {
            return string.Empty;
        }

        if (_lines.Count == 1 && length == _length)
        {
            return _lines[0];
        }

        var buffer = ScratchBuffer.Take(length);
        var at = 0;
        foreach (var line in _lines)
        {
            if (at > 0)
            {
                buffer[at++] = '\n';
            }

            at = ScratchBuffer.Append(buffer, at, line);
        }

        if (closing is not null)
        {
            foreach (var paragraph in closing)
            {
                buffer[at++] = '\n';
                at = ScratchBuffer.Append(buffer, at, paragraph.Text);
            }
        }

        var text = new string(buffer, 0, at);
        ScratchBuffer.Give(buffer);
        return text;
    }

    /// <inheritdoc />
    public override string ToString() => ToString(null);
}
