using System;
using System.Collections.Generic;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReviewModel.Ledger.Persistence;

/// <summary>
/// Writes a workbook with DocumentFormat.OpenXml: shared strings, a small style sheet (header, wrapped text,
/// dates, a highlight for conditional formatting), one sheet at a time with a frozen header and column widths.
/// </summary>
internal sealed class SpreadsheetWriter : IDisposable
{
    public const uint HeaderStyle = 1;
    public const uint TextStyle = 2;
    public const uint DateStyle = 3;
    public const uint OverdueFormat = 0; // differential format index

    private readonly SpreadsheetDocument _package;
    private readonly WorkbookPart _workbookPart;
    private readonly Sheets _sheets;
    private readonly SharedStringTable _strings;
    private readonly Dictionary<string, int> _stringIndex = new(StringComparer.Ordinal);
    private uint _sheetId;

    public SpreadsheetWriter(System.IO.Stream stream)
    {
        _package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        _workbookPart = _package.AddWorkbookPart();
        _sheets = new Sheets();
        _workbookPart.Workbook = new Workbook(_sheets);
        _workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        _strings = new SharedStringTable();
        _workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = _strings;
    }

    /// <summary>Adds a sheet; cells are strings, dates (as serial numbers with a date format) or numbers.</summary>
    public Worksheet AddSheet(string name, IReadOnlyList<string> headings, IReadOnlyList<double> widths, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var part = _workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < headings.Count; c++)
        {
            header.Append(TextCell(c, 1, headings[c], HeaderStyle));
        }

        data.Append(header);
        uint r = 1;
        foreach (var values in rows)
        {
            r++;
            var row = new Row { RowIndex = r };
            for (var c = 0; c < values.Count; c++)
            {
                switch (values[c])
                {
                    case null:
                        break;
                    case string s when s.Length == 0:
                        break;
                    case string s:
                        row.Append(TextCell(c, r, s, TextStyle));
                        break;
                    case NodaTime.LocalDate date:
                        row.Append(new Cell
                        {
                            CellReference = CellReference(c, r),
                            StyleIndex = DateStyle,
                            CellValue = new CellValue(CellDates.ToSerial(date).ToString(CultureInfo.InvariantCulture)),
                        });
                        break;
                    case int n:
                        row.Append(new Cell { CellReference = CellReference(c, r), StyleIndex = TextStyle, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) });
                        break;
                    default:
                        row.Append(TextCell(c, r, Convert.ToString(values[c], CultureInfo.InvariantCulture) ?? string.Empty, TextStyle));
                        break;
                }
            }

            data.Append(row);
        }

        var columns = new Columns();
        for (var c = 0; c < headings.Count; c++)
        {
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = c < widths.Count ? widths[c] : 16, CustomWidth = true });
        }

        var view = new SheetView { WorkbookViewId = 0, TabSelected = _sheetId == 0 };
        view.Append(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        var worksheet = new Worksheet(new SheetViews(view), new SheetFormatProperties { DefaultRowHeight = 15 }, columns, data);
        part.Worksheet = worksheet;
        _sheets.Append(new Sheet { Id = _workbookPart.GetIdOfPart(part), SheetId = ++_sheetId, Name = name });
        return worksheet;
    }

    public void Dispose()
    {
        _strings.Count = (uint)_stringIndex.Count;
        _strings.UniqueCount = (uint)_stringIndex.Count;
        _package.Dispose();
    }

    public static string CellReference(int column, uint row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private Cell TextCell(int column, uint row, string text, uint style)
    {
        if (!_stringIndex.TryGetValue(text, out var index))
        {
            index = _stringIndex.Count;
            _stringIndex.Add(text, index);
            var item = new DocumentFormat.OpenXml.Spreadsheet.Text(text);
            if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]) || text.IndexOf('\n') >= 0))
            {
                item.Space = SpaceProcessingModeValues.Preserve;
            }

            _strings.Append(new SharedStringItem(item));
        }

        return new Cell
        {
            CellReference = CellReference(column, row),
            DataType = CellValues.SharedString,
            StyleIndex = style,
            CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)),
        };
    }

    private static Stylesheet Styles()
    {
        var numberingFormats = new NumberingFormats(new NumberingFormat { NumberFormatId = 176, FormatCode = "yyyy\"年\"m\"月\"d\"日\"" }) { Count = 1 };
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "黑体" })) { Count = 2 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })) { Count = 3 };
        var thin = new Border(
            new LeftBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 };
        var wrapTop = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top };
        var formats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center })
            { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat((Alignment)wrapTop.CloneNode(true)) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat((Alignment)wrapTop.CloneNode(true)) { NumberFormatId = 176, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyNumberFormat = true, ApplyBorder = true, ApplyAlignment = true })
        { Count = 4 };
        var overdue = new DifferentialFormat(
            new Font(new Color { Rgb = "FF9C0006" }),
            new Fill(new PatternFill(new BackgroundColor { Rgb = "FFFFC7CE" })));
        return new Stylesheet(
            numberingFormats,
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
            new DifferentialFormats(overdue) { Count = 1 });
    }
}
