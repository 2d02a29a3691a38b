using System;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using NodaTime;
using ReviewModel.Rendering.Docx;
using ReviewModel.Rendering.Lists;
using Xunit;

namespace ReviewModel.Tests.Rendering.Docx;

/// <summary>What a reviewer checks in the written file: GB/T 9704 pagination details, stable bytes, file properties, the 清单 table.</summary>
public class DocxOfficialFormatTests
{
    private static readonly Instant Written = Instant.FromUtc(2022, 1, 6, 9, 30, 15);

    private static DocxOptions Fixed => DocxOptions.Default with { Clock = new FixedClock(Written) };

    [Fact]
    public void The_same_document_and_clock_give_the_same_bytes()
    {
        var first = DocxRenderer.RenderToBytes(DocxTestDocuments.Team(), Fixed);
        var second = DocxRenderer.RenderToBytes(DocxTestDocuments.Team(), Fixed);
        Assert.Equal(first, second);

        using var a = new MemoryStream();
        using var b = new MemoryStream();
        var list = RectificationList.From(DocxTestDocuments.Team());
        RectificationListWriter.WriteDocx(list, a, options: Fixed);
        RectificationListWriter.WriteDocx(list, b, options: Fixed);
        Assert.Equal(a.ToArray(), b.ToArray());

        // Relationship IDs are named, not random.
        using var docx = new DocxReader(first);
        Assert.Equal(
            new[] { "rIdFonts", "rIdFooterEven", "rIdFooterOdd", "rIdSettings", "rIdStyles" },
            docx.Main.Parts.Select(p => p.RelationshipId).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void Core_and_app_properties_come_from_the_header_and_the_clock()
    {
        using var docx = new DocxReader(DocxRenderer.RenderToBytes(DocxTestDocuments.Individual(), Fixed));
        var core = docx.Package.PackageProperties;
        Assert.Equal(DocxTestDocuments.Individual().Header.Title, core.Title);
        Assert.Equal(Written.ToDateTimeUtc(), core.Created!.Value.ToUniversalTime());
        Assert.Equal(core.Created, core.Modified);
        Assert.Contains("民主生活会对照检查材料", core.Subject, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(core.Creator));
        Assert.Equal("zh-CN", core.Language);
        Assert.Equal("ReviewModel", docx.Package.ExtendedFilePropertiesPart!.Properties.Application!.Text);
        Assert.Empty(docx.Validate());
    }

    [Fact]
    public void Body_text_keeps_widows_and_orphans_and_headings_stay_with_the_next_paragraph()
    {
        using var docx = new DocxReader(DocxRenderer.RenderToBytes(DocxTestDocuments.Team(), Fixed));
        var widow = docx.Style(DocxStyleIds.Normal).StyleParagraphProperties!.GetFirstChild<WidowControl>();
        Assert.NotNull(widow);
        Assert.True(widow!.Val is null || widow.Val.Value);
        foreach (var heading in new[] { DocxStyleIds.Title, DocxStyleIds.Heading1, DocxStyleIds.Heading2, DocxStyleIds.Heading3, DocxStyleIds.Heading4 })
        {
            Assert.NotNull(docx.Style(heading).StyleParagraphProperties!.GetFirstChild<KeepNext>());
        }
    }

    [Fact]
    public void Landscape_pages_turn_the_portrait_margins_a_quarter_turn_with_the_binding_edge_on_top()
    {
        using var stream = new MemoryStream();
        RectificationListWriter.WriteDocx(RectificationList.From(DocxTestDocuments.Team()), stream, options: Fixed);
        using var docx = new DocxReader(stream.ToArray());
        var margin = docx.Section.GetFirstChild<PageMargin>()!;
        Assert.Equal(DocxGeometry.Twips(28), margin.Top!.Value);     // portrait left (订口)
        Assert.Equal(DocxGeometry.Twips(37), (int)margin.Right!.Value); // portrait top
        Assert.Equal(DocxGeometry.Twips(26), margin.Bottom!.Value);  // portrait right
        Assert.Equal(DocxGeometry.Twips(35), (int)margin.Left!.Value);  // portrait bottom
    }

    [Fact]
    public void List_columns_are_wide_enough_for_their_heading_short_names_and_whole_dates()
    {
        using var stream = new MemoryStream();
        RectificationListWriter.WriteDocx(RectificationList.From(DocxTestDocuments.Team()), stream, options: Fixed);
        using var docx = new DocxReader(stream.ToArray());
        var table = docx.Body.Elements<Table>().Single();
        var widths = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => int.Parse(g.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var columns = RectificationList.RectificationColumns.ToList();
        const int Char = 240; // 小四, 12 pt
        const int Margins = 170;

        // 完成时限 holds 2025年6月30日 on one line (3 CJK + 7 digits = 6.5 characters), and its heading.
        Assert.True(widths[columns.IndexOf("完成时限")] >= (6.5 * Char) + Margins, $"完成时限 is {widths[columns.IndexOf("完成时限")]} twips");
        // 责任人 holds 张三、李四 (5 characters) and its three-character heading on one line.
        Assert.True(widths[columns.IndexOf("责任人")] >= (5 * Char) + Margins, $"责任人 is {widths[columns.IndexOf("责任人")]} twips");
        // 序号 stays narrow; the running-text columns take the rest of the 247 mm line.
        Assert.True(widths[0] < 4 * Char);
        Assert.Equal(DocxGeometry.Twips(297 - 35 - 37), widths.Sum());
        Assert.True(widths[columns.IndexOf("整改措施")] > widths[columns.IndexOf("完成时限")]);
    }

    [Fact]
    public void Merge_keys_must_name_a_column_for_every_column()
    {
        var columns = Model.ValueList.Of("甲", "乙");
        var rows = Model.ValueList.Of(Model.ValueList.Of("1", "2"));
        Assert.Throws<ArgumentException>(() => new ListTable("表", columns, rows) { MergeKeys = Model.ValueList.Of(0) });
        Assert.Throws<ArgumentException>(() => new ListTable("表", columns, rows) { MergeKeys = Model.ValueList.Of(0, 2) });
        Assert.NotNull(new ListTable("表", columns, rows) { MergeKeys = Model.ValueList.Of(-1, 1) }.MergeKeys);
    }

    private sealed class FixedClock : IClock
    {
        private readonly Instant _now;

        public FixedClock(Instant now) => _now = now;

        public Instant GetCurrentInstant() => _now;
    }
}
