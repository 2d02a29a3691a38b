using System;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReviewModel.Tests.Ledger;

/// <summary>Edits cells of a workbook the way Excel stores what a person types: inline or shared text, numbers for dates.</summary>
internal sealed class WorkbookEditor : IDisposable
{
    private readonly SpreadsheetDocument _package;

    public WorkbookEditor(Stream stream) => _package = SpreadsheetDocument.Open(stream, true);

    public void Text(string sheet, string reference, string text) =>
        Set(sheet, reference, new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) });

    public void Number(string sheet, string reference, double number) =>
        Set(sheet, reference, new Cell { CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) });

    public string Read(string sheet, string reference)
    {
        var cell = Find(sheet, reference);
        if (cell is null)
        {
            return string.Empty;
        }

        if (cell.DataType?.Value == CellValues.SharedString)
        {
            var items = _package.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ToArray();
            return items[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)].InnerText;
        }

        return cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;
    }

    public void Dispose() => _package.Dispose();

    private Cell? Find(string sheet, string reference) =>
        Part(sheet).Worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference);

    private WorksheetPart Part(string sheet)
    {
        var workbook = _package.WorkbookPart!;
        var entry = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet);
        return (WorksheetPart)workbook.GetPartById(entry.Id!);
    }

    private void Set(string sheet, string reference, Cell cell)
    {
        cell.CellReference = reference;
        var rowNumber = uint.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture);
        var data = Part(sheet).Worksheet.GetFirstChild<SheetData>()!;
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == rowNumber);
        if (row is null)
        {
            row = new Row { RowIndex = rowNumber };
            var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex! < rowNumber);
            if (after is null)
            {
                data.PrependChild(row);
            }
            else
            {
                data.InsertAfter(row, after);
            }
        }

        var existing = row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference);
        if (existing is not null)
        {
            row.ReplaceChild(cell, existing);
            return;
        }

        var column = Column(reference);
        var before = row.Elements<Cell>().FirstOrDefault(c => Column(c.CellReference!.Value!) > column);
        if (before is null)
        {
            row.Append(cell);
        }
        else
        {
            row.InsertBefore(cell, before);
        }
    }

    private static int Column(string reference) =>
        reference.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));
}
