using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReviewModel.Ledger.Persistence;

/// <summary>One cell's content: its text as shown (shared, inline or formula result) and its number, when it is one.</summary>
internal readonly struct CellContent
{
    public CellContent(string text, double? number)
    {
        Text = text;
        Number = number;
    }

    public string Text { get; }

    public double? Number { get; }
}

/// <summary>A sheet read into memory: cells by (1-based row, 0-based column).</summary>
internal sealed class SheetGrid
{
    public SheetGrid(string name) => Name = name;

    public string Name { get; }

    public Dictionary<(uint Row, int Column), CellContent> Cells { get; } = new();

    public uint LastRow { get; set; }

    public int LastColumn { get; set; } = -1;

    public CellContent Get(uint row, int column) => Cells.TryGetValue((row, column), out var cell) ? cell : new CellContent(string.Empty, null);

    public string Text(uint row, int column) => Get(row, column).Text;

    public bool RowIsBlank(uint row)
    {
        for (var c = 0; c <= LastColumn; c++)
        {
            if (Text(row, c).Trim().Length > 0)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Reads the sheets of a workbook with DocumentFormat.OpenXml, within bounds (rows, columns, part size).</summary>
internal static class SpreadsheetReader
{
    public const uint MaxRows = 100_000;
    public const int MaxColumns = 256;

    public static Dictionary<string, SheetGrid> Read(System.IO.Stream stream, System.Threading.CancellationToken cancellationToken)
    {
        var settings = new OpenSettings { MaxCharactersInPart = 256L * 1024 * 1024 };
        using var package = SpreadsheetDocument.Open(stream, false, settings);
        var workbookPart = package.WorkbookPart ?? throw new InvalidOperationException("工作簿缺少 workbook 部件 (no workbook part).");
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? Array.Empty<string>();
        var result = new Dictionary<string, SheetGrid>(StringComparer.Ordinal);
        foreach (var sheet in workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? Enumerable.Empty<Sheet>())
        {
            var name = sheet.Name?.Value ?? string.Empty;
            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            var grid = new SheetGrid(name);
            uint rowNumber = 0;
            foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? Enumerable.Empty<Row>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                rowNumber = row.RowIndex?.Value ?? rowNumber + 1;
                if (rowNumber > MaxRows)
                {
                    throw new InvalidOperationException($"{name}: 行数超过上限 {MaxRows} (too many rows).");
                }

                var column = -1;
                foreach (var cell in row.Elements<Cell>())
                {
                    column = cell.CellReference?.Value is { } reference && ParseColumn(reference) is int parsed ? parsed : column + 1;
                    if (column >= MaxColumns)
                    {
                        throw new InvalidOperationException($"{name}: 列数超过上限 {MaxColumns} (too many columns).");
                    }

                    var content = Content(cell, shared);
                    if (content.Text.Length > 0)
                    {
                        grid.Cells[(rowNumber, column)] = content;
                        grid.LastRow = Math.Max(grid.LastRow, rowNumber);
                        grid.LastColumn = Math.Max(grid.LastColumn, column);
                    }
                }
            }

            result[name] = grid;
        }

        return result;
    }

    public static int? ParseColumn(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > 16384)
            {
                return null;
            }
        }

        return i == 0 ? null : column - 1;
    }

    private static CellContent Content(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < shared.Length
                ? new CellContent(shared[index], null)
                : new CellContent(string.Empty, null);
        }

        if (type == CellValues.InlineString)
        {
            return new CellContent(cell.InlineString is { } inline ? ItemText(inline) : raw, null);
        }

        if (type == CellValues.String || type == CellValues.Error)
        {
            return new CellContent(raw, null);
        }

        if (type == CellValues.Boolean)
        {
            return new CellContent(raw == "1" ? "TRUE" : "FALSE", null);
        }

        if (raw.Length > 0 && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new CellContent(number.ToString("R", CultureInfo.InvariantCulture), number);
        }

        return new CellContent(raw, null);
    }

    private static string ItemText(DocumentFormat.OpenXml.OpenXmlElement item)
    {
        // Plain text (<t>) or rich-text runs (<r><t>…</t></r>); phonetic runs (<rPh>) are not part of the text.
        var text = new System.Text.StringBuilder();
        foreach (var t in item.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>())
        {
            if (t.Parent is not PhoneticRun)
            {
                text.Append(t.Text);
            }
        }

        return text.ToString();
    }
}
