using System;
using System.IO;
using System.Text;

namespace ReviewModel.Rendering.Lists;

/// <summary>Writes a <see cref="ListTable"/> as a GitHub-flavoured Markdown table under a <c>##</c> heading.</summary>
internal static class MarkdownListWriter
{
    /// <summary>The top heading of a lists file: the material's title (its line breaks become spaces).</summary>
    public static void WriteTitle(string title, TextWriter writer)
    {
        writer.Write("# ");
        writer.Write(MarkdownEscaping.Heading(string.Join(" ", title.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)).Trim()));
        writer.Write('\n');
    }

    /// <summary>Writes the table under its heading; the text ends with the last row's line feed.</summary>
    public static void Write(ListTable table, TextWriter writer)
    {
        writer.Write("## ");
        writer.Write(Cell(table.Title));
        writer.Write("\n\n");
        Row(writer, table.Columns);
        writer.Write('|');
        for (var i = 0; i < table.Columns.Count; i++)
        {
            writer.Write(" --- |");
        }

        writer.Write('\n');
        foreach (var row in table.Rows)
        {
            Row(writer, row);
        }
    }

    private static void Row(TextWriter writer, Model.ValueList<string> cells)
    {
        writer.Write('|');
        foreach (var cell in cells)
        {
            writer.Write(' ');
            writer.Write(Cell(cell));
            writer.Write(" |");
        }

        writer.Write('\n');
    }

    /// <summary>Escapes what would break a table cell: backslashes and pipes are escaped, line breaks become &lt;br&gt;.</summary>
    private static string Cell(string text)
    {
        if (text.IndexOfAny(new[] { '|', '\\', '\n', '\r' }) < 0)
        {
            return text.Trim();
        }

        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '|':
                    result.Append("\\|");
                    break;
                case '\\':
                    result.Append("\\\\");
                    break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        break;
                    }

                    result.Append("<br>");
                    break;
                case '\n':
                    result.Append("<br>");
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString().Trim();
    }
}
