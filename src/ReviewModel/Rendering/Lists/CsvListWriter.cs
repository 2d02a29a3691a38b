using System.IO;
using System.Text;

namespace ReviewModel.Rendering.Lists;

/// <summary>
/// Writes a <see cref="ListTable"/> as CSV per RFC 4180: a header row, CRLF line ends, and fields that
/// contain a comma, double quote, CR or LF (or start or end with a space) enclosed in double quotes
/// with inner quotes doubled. The encoding is UTF-8 with a byte-order mark so Excel reads Chinese text.
/// </summary>
internal static class CsvListWriter
{
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static void Write(ListTable table, Stream output)
    {
        using var writer = new StreamWriter(output, Utf8WithBom, 4096, leaveOpen: true) { NewLine = "\r\n" };
        Row(writer, table.Columns);
        foreach (var row in table.Rows)
        {
            Row(writer, row);
        }
    }

    private static void Row(TextWriter writer, Model.ValueList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Field(cells[i]));
        }

        writer.Write("\r\n");
    }

    private static string Field(string value)
    {
        var needsQuotes = value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0
            || (value.Length > 0 && (value[0] == ' ' || value[value.Length - 1] == ' '));
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
