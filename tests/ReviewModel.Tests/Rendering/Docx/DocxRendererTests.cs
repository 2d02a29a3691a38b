using System;
using System.IO;
using System.Linq;
using System.Threading;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewModel.Model;
using ReviewModel.Rendering.Docx;
using Xunit;

namespace ReviewModel.Tests.Rendering.Docx;

using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

public class DocxRendererTests
{
    private static DocxReader Render(ReviewDocument document, DocxOptions? options = null) =>
        new(DocxRenderer.RenderToBytes(document, options));

    [Fact]
    public void Output_passes_the_OpenXml_validator_with_zero_errors()
    {
        using var team = Render(DocxTestDocuments.Team());
        Assert.Empty(team.Validate().Select(e => $"{e.Path?.XPath}: {e.Description}"));
        using var individual = Render(DocxTestDocuments.Individual());
        Assert.Empty(individual.Validate().Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void Page_is_A4_with_the_GB9704_margins()
    {
        using var docx = Render(DocxTestDocuments.Team());
        var size = docx.Section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906U, size.Width!.Value);   // 210 mm
        Assert.Equal(16838U, size.Height!.Value);  // 297 mm
        Assert.Null(size.Orient);
        var margin = docx.Section.GetFirstChild<PageMargin>()!;
        Assert.Equal(2098, margin.Top!.Value);     // 37 mm
        Assert.Equal(1587U, margin.Left!.Value);   // 28 mm
        Assert.Equal(1984, margin.Bottom!.Value);  // 35 mm
        Assert.Equal(1474U, margin.Right!.Value);  // 26 mm

        // The text block is 156 × 225 mm.
        Assert.InRange(11906 - 1587 - 1474, 8843, 8846);
        Assert.InRange(16838 - 2098 - 1984, 12754, 12757);
    }

    [Fact]
    public void Exact_line_spacing_fits_exactly_22_lines_of_28_characters()
    {
        using var docx = Render(DocxTestDocuments.Team());
        var textHeight = 16838 - 2098 - 1984;
        var spacing = docx.Effective<SpacingBetweenLines>(DocxStyleIds.Normal)!;
        Assert.Equal(LineSpacingRuleValues.Exact, spacing.LineRule!.Value);
        var line = int.Parse(spacing.Line!.Value!);
        Assert.True(22 * line <= textHeight, $"22 lines of {line} twips exceed {textHeight}");
        Assert.True(23 * line > textHeight, $"23 lines of {line} twips would fit in {textHeight}");
        Assert.InRange(line / 20.0, 28.8, 29.0); // ≈ 28.9 pt

        var grid = docx.Section.GetFirstChild<DocGrid>()!;
        Assert.Equal(DocGridValues.Lines, grid.Type!.Value);
        Assert.Equal(line, grid.LinePitch!.Value);

        // 28 characters per line: 3号 text is condensed by the largest whole 1/20 pt that fits 28 characters
        // in the 156 mm (8845 twips) text width.
        var condensed = docx.Effective<Spacing>(DocxStyleIds.Normal)!.Val!.Value;
        Assert.True(28 * (320 + condensed) <= 8845, $"28 characters at {condensed}/20 pt do not fit");
        Assert.True(28 * (320 + condensed + 1) > 8845, $"{condensed}/20 pt condenses more than needed");
        Assert.Equal(CharacterSpacingValues.DoNotCompress, docx.Main.DocumentSettingsPart!.Settings.GetFirstChild<CharacterSpacingControl>()!.Val!.Value);

        // Every style used in the body keeps the exact spacing (headings do not add space before or after).
        foreach (var id in new[] { DocxStyleIds.Title, DocxStyleIds.Byline, DocxStyleIds.Heading1, DocxStyleIds.Heading2, DocxStyleIds.RunInParagraph })
        {
            var s = docx.Effective<SpacingBetweenLines>(id)!;
            Assert.Equal(spacing.Line!.Value, s.Line!.Value);
            Assert.Equal(LineSpacingRuleValues.Exact, s.LineRule!.Value);
        }
    }

    [Theory]
    [InlineData(DocxStyleIds.Title, "方正小标宋简体", "44")]
    [InlineData(DocxStyleIds.Normal, "仿宋_GB2312", "32")]
    [InlineData(DocxStyleIds.Byline, "楷体_GB2312", "32")]
    [InlineData(DocxStyleIds.Heading1, "黑体", "32")]
    [InlineData(DocxStyleIds.Heading2, "楷体_GB2312", "32")]
    [InlineData(DocxStyleIds.Heading3, "仿宋_GB2312", "32")]
    [InlineData(DocxStyleIds.Heading4, "仿宋_GB2312", "32")]
    [InlineData(DocxStyleIds.RunInHeading, "楷体_GB2312", "32")]
    [InlineData(DocxStyleIds.Footer, "宋体", "28")]
    public void Styles_carry_the_official_fonts_and_sizes(string styleId, string font, string halfPoints)
    {
        using var docx = Render(DocxTestDocuments.Team());
        Assert.Equal(font, docx.EastAsiaFont(styleId));
        Assert.Equal(halfPoints, docx.Effective<FontSize>(styleId)!.Val!.Value);
        var bold = docx.Effective<Bold>(styleId);
        Assert.True(bold is null || bold.Val?.Value == false, $"{styleId} must not be bold");
        if (styleId != DocxStyleIds.Footer)
        {
            var fonts = docx.Style(styleId).StyleRunProperties?.RunFonts ?? docx.Style(DocxStyleIds.Normal).StyleRunProperties!.RunFonts!;
            Assert.Equal("Times New Roman", fonts.Ascii!.Value);
            Assert.Equal("Times New Roman", fonts.HighAnsi!.Value);
        }
    }

    [Fact]
    public void Headings_are_Word_heading_styles_with_outline_levels()
    {
        using var docx = Render(DocxTestDocuments.Team());
        Assert.Equal("heading 1", docx.Style(DocxStyleIds.Heading1).StyleName!.Val!.Value);
        Assert.Equal("heading 2", docx.Style(DocxStyleIds.Heading2).StyleName!.Val!.Value);
        Assert.Equal(0, docx.Effective<OutlineLevel>(DocxStyleIds.Heading1)!.Val!.Value);
        Assert.Equal(1, docx.Effective<OutlineLevel>(DocxStyleIds.Heading2)!.Val!.Value);
        Assert.Equal(2, docx.Effective<OutlineLevel>(DocxStyleIds.Heading3)!.Val!.Value);
        Assert.Equal(3, docx.Effective<OutlineLevel>(DocxStyleIds.Heading4)!.Val!.Value);
        Assert.Equal(1, docx.Effective<OutlineLevel>(DocxStyleIds.RunInParagraph)!.Val!.Value);
        Assert.Null(docx.Effective<OutlineLevel>(DocxStyleIds.Normal));

        using var flat = Render(DocxTestDocuments.Team(), DocxOptions.Default with { OutlineRunInHeadings = false });
        Assert.Null(flat.Effective<OutlineLevel>(DocxStyleIds.RunInParagraph));
    }

    [Fact]
    public void Body_has_a_two_character_first_line_indent_and_the_title_is_centred()
    {
        using var docx = Render(DocxTestDocuments.Team());
        var indent = docx.Effective<Indentation>(DocxStyleIds.Normal)!;
        Assert.Equal(200, indent.FirstLineChars!.Value);
        Assert.Equal("640", indent.FirstLine!.Value);
        Assert.Equal(JustificationValues.Center, docx.Effective<Justification>(DocxStyleIds.Title)!.Val!.Value);
        Assert.Equal(JustificationValues.Center, docx.Effective<Justification>(DocxStyleIds.Byline)!.Val!.Value);
        Assert.Equal(0, docx.Effective<Indentation>(DocxStyleIds.Title)!.FirstLineChars!.Value);
    }

    [Fact]
    public void Runs_carry_no_direct_formatting_only_style_references()
    {
        using var docx = Render(DocxTestDocuments.Team());
        foreach (var run in docx.Body.Descendants<Run>())
        {
            var properties = run.RunProperties;
            if (properties is null)
            {
                continue;
            }

            Assert.All(properties.ChildElements, e => Assert.IsType<RunStyle>(e));
        }
    }

    [Fact]
    public void Page_numbers_are_PAGE_fields_between_dashes_right_on_odd_and_left_on_even_pages()
    {
        using var docx = Render(DocxTestDocuments.Team());
        Assert.NotNull(docx.Main.DocumentSettingsPart!.Settings.GetFirstChild<EvenAndOddHeaders>());
        var references = docx.Section.Elements<FooterReference>().ToList();
        Assert.Equal(2, references.Count);

        Footer FooterOf(HeaderFooterValues type)
        {
            var reference = references.Single(r => r.Type!.Value == type);
            return ((DocumentFormat.OpenXml.Packaging.FooterPart)docx.Main.GetPartById(reference.Id!.Value!)).Footer;
        }

        var odd = FooterOf(HeaderFooterValues.Default);
        var even = FooterOf(HeaderFooterValues.Even);
        foreach (var (footer, style, alignment) in new[] { (odd, DocxStyleIds.PageNumberOdd, JustificationValues.Right), (even, DocxStyleIds.PageNumberEven, JustificationValues.Left) })
        {
            var paragraph = footer.Elements<Paragraph>().Single();
            Assert.Equal(style, DocxReader.StyleOf(paragraph));
            Assert.Equal(alignment, docx.Effective<Justification>(style)!.Val!.Value);
            var field = paragraph.Descendants<SimpleField>().Single();
            Assert.Equal("PAGE", field.Instruction!.Value!.Trim());
            Assert.Equal("— 1 —", DocxReader.TextOf(paragraph));
            Assert.Equal("宋体", docx.EastAsiaFont(style));
            Assert.Equal("宋体", docx.Style(DocxStyleIds.Footer).StyleRunProperties!.RunFonts!.Ascii!.Value);
            Assert.Equal("28", docx.Effective<FontSize>(style)!.Val!.Value);
        }

        // The dash line — the middle of the 14 pt page-number line (364 twips at single spacing) — sits
        // 7 mm (397 twips) below the text block (GB/T 9704 7.5); the footer distance is measured to the
        // bottom of that line.
        var margin = docx.Section.GetFirstChild<PageMargin>()!;
        var gap = margin.Bottom!.Value - (int)margin.Footer!.Value;
        Assert.InRange(gap - (364 / 2), 396, 398);

        // One character (14 pt) in from the outer edge.
        Assert.Equal("280", docx.Effective<Indentation>(DocxStyleIds.PageNumberOdd)!.Right!.Value);
        Assert.Equal("280", docx.Effective<Indentation>(DocxStyleIds.PageNumberEven)!.Left!.Value);
    }

    [Fact]
    public void Paragraphs_follow_the_sample_layout()
    {
        using var docx = Render(DocxTestDocuments.Team());
        var expected = new (string Style, string Text)[]
        {
            (DocxStyleIds.Title, DocxTestDocuments.Title),
            (DocxStyleIds.Byline, "2022年1月5日"),
            (DocxStyleIds.Normal, "根据省委《关于开好党史学习教育专题民主生活会的通知》要求，市委常委班子认真对照“五个带头”，深刻查摆检视。现将有关情况汇报如下："),
            (DocxStyleIds.Heading1, "一、专题民主生活会准备情况"),
            (DocxStyleIds.Normal, "一是高度重视，精心安排部署。制定实施方案，明确内容、时限和责任人。"),
            (DocxStyleIds.Normal, "二是广泛征求意见，深入谈心谈话。共征求到意见建议36条，开展谈心谈话52人次。"),
            (DocxStyleIds.Normal, "总之，通过前期扎实有效的工作，为开好此次专题民主生活会提供了保证。"),
            (DocxStyleIds.Heading1, "二、" + SectionNames.Standard(SectionKind.LastYearRectification)),
            (DocxStyleIds.Normal, "2020年度民主生活会召开以来，我们对照查摆的问题逐项整改。"),
            (DocxStyleIds.Normal, "一是加强政治理论学习。全年开展中心组集中学习12次。"),
            (DocxStyleIds.Heading1, "三、找准查实存在的突出问题"),
            (DocxStyleIds.Heading2, "（一）" + Aspects.AspectCatalogues.PartyHistory2021.Aspects[0].DefaultHeading),
            (DocxStyleIds.Normal, "一是在“学懂”上还有差距。学习缺少挤劲、钻劲。比如，2021年中心组学习有3次流于形式，对GDP、PMI等指标的分析停留在数字上。"),
            (DocxStyleIds.Normal, "二是在“弄通”上还有差距。学用相长、学以致用做得不够。"),
            (DocxStyleIds.Heading2, "（二）" + Aspects.AspectCatalogues.PartyHistory2021.Aspects[1].DefaultHeading),
            (DocxStyleIds.Normal, "市委常委会坚持认为，谋事创业是成事之基。但还在以下方面存在问题：一是缺乏“一张蓝图干到底”的韧劲。口号提得比较多。二是缺乏“一门心思抓实绩”的作为。不敢对重大困难动真碰硬。"),
            (DocxStyleIds.Heading2, "（三）" + Aspects.AspectCatalogues.PartyHistory2021.Aspects[2].DefaultHeading),
            (DocxStyleIds.Normal, "一是服务群众的水平不高。安排部署民生工作考虑不细。"),
            (DocxStyleIds.Heading1, "四、产生问题的原因分析"),
            (DocxStyleIds.RunInParagraph, "（一）理论学习有待进一步深化。对思想建党这一基本原则认识不够。"),
            (DocxStyleIds.RunInParagraph, "（二）担当精神有待进一步强化。在具体工作中习惯于按部就班。"),
            (DocxStyleIds.Heading1, "五、努力方向和整改措施"),
            (DocxStyleIds.Normal, "针对以上存在的突出问题，市委班子将从思想根源入手，加大整改力度。"),
            (DocxStyleIds.RunInParagraph, "(一)强化政治建设，在深化学习上严要求。坚持把党的政治建设摆在首位。（责任人：张三、李四；责任单位：市委办公室；完成时限：2025年6月30日；整改标准：每月集中学习不少于1次）"),
            (DocxStyleIds.RunInParagraph, "(二)坚持民本情怀，在保障民生上见成效。主动践行以人民为中心的发展思想。一是带头执行党的政治纪律。严格遵守党章。二是带头执行组织纪律。落实民主集中制。（责任人：王五；完成时限：长期坚持）"),
            (DocxStyleIds.RunInParagraph, "(三)严守党的纪律，在整顿作风上出实招。"),
            (DocxStyleIds.Normal, "一是注重用好干部。完善干部选拔任用机制。"),
            (DocxStyleIds.Normal, "二是注重用好权力。落实“三重一大”制度。"),
            (DocxStyleIds.Normal, "（责任单位：市纪委监委）"),
        };
        Assert.Equal(expected, docx.Paragraphs());
    }

    [Fact]
    public void Run_in_heads_of_causes_and_measures_are_a_separate_run_in_the_Kai_character_style()
    {
        using var docx = Render(DocxTestDocuments.Team());
        var runIn = docx.Body.Elements<Paragraph>().Where(p => DocxReader.StyleOf(p) == DocxStyleIds.RunInParagraph).ToList();
        Assert.Equal(5, runIn.Count);
        var heads = runIn.Select(p => p.Elements<Run>().First()).ToList();
        Assert.All(heads, r => Assert.Equal(DocxStyleIds.RunInHeading, r.RunProperties!.RunStyle!.Val!.Value));
        Assert.Equal("（一）理论学习有待进一步深化。", DocxReader.TextOf(heads[0]));
        Assert.Equal("(三)严守党的纪律，在整顿作风上出实招。", DocxReader.TextOf(heads[4]));
        Assert.Equal(StyleValues.Character, docx.Style(DocxStyleIds.RunInHeading).Type!.Value);
    }

    [Fact]
    public void Long_titles_are_split_over_balanced_lines_that_fit_the_text_width()
    {
        var title = "中共某某市委员会常委班子成员2021年度党史学习教育专题民主生活会个人对照检查材料";
        using var docx = Render(DocxTestDocuments.Individual(title));
        var paragraph = docx.Body.Elements<Paragraph>().First();
        Assert.Equal(DocxStyleIds.Title, DocxReader.StyleOf(paragraph));
        var lines = DocxReader.TextOf(paragraph).Split('\n');
        Assert.True(lines.Length >= 3, string.Join("|", lines));
        Assert.Equal(title, string.Concat(lines));
        Assert.All(lines, l => Assert.InRange(l.Length, 1, 20)); // 156 mm / 22 pt = 20 characters
        Assert.True(lines.Max(l => l.Length) - lines.Min(l => l.Length) <= 6, string.Join("|", lines));
        Assert.DoesNotContain(lines, l => l.EndsWith("202", StringComparison.Ordinal)); // never inside a number

        using var shortTitle = Render(DocxTestDocuments.Team());
        Assert.Empty(shortTitle.Body.Elements<Paragraph>().First().Descendants<Break>());
    }

    [Fact]
    public void Individuals_get_a_name_line_and_a_date_line_in_Kai_and_then_one_blank_line()
    {
        using var docx = Render(DocxTestDocuments.Individual());
        var paragraphs = docx.Body.Elements<Paragraph>().ToList();
        Assert.Equal((DocxStyleIds.Byline, "市委副书记\u3000张三"), (DocxReader.StyleOf(paragraphs[1]), DocxReader.TextOf(paragraphs[1])));
        Assert.Equal((DocxStyleIds.Byline, "2022年1月5日"), (DocxReader.StyleOf(paragraphs[2]), DocxReader.TextOf(paragraphs[2])));
        Assert.Equal("579", paragraphs[2].ParagraphProperties!.SpacingBetweenLines!.After!.Value);
        Assert.Null(paragraphs[0].ParagraphProperties!.SpacingBetweenLines);
        Assert.Equal((DocxStyleIds.Heading1, "一、学习体会"), (DocxReader.StyleOf(paragraphs[4]), DocxReader.TextOf(paragraphs[4])));

        using var without = Render(DocxTestDocuments.Individual(), DocxOptions.Default with { NameLine = false, DateLine = false });
        Assert.DoesNotContain(without.Paragraphs(), p => p.Style == DocxStyleIds.Byline);
    }

    [Fact]
    public void Options_change_fonts_sizes_and_geometry()
    {
        var options = DocxOptions.Default with { BodyFont = "仿宋", Heading2Font = "楷体", TitleSizePt = 20, LinesPerPage = 20, LatinFont = "Arial" };
        using var docx = Render(DocxTestDocuments.Team(), options);
        Assert.Equal("仿宋", docx.EastAsiaFont(DocxStyleIds.Normal));
        Assert.Equal("楷体", docx.EastAsiaFont(DocxStyleIds.Heading2));
        Assert.Equal("40", docx.Effective<FontSize>(DocxStyleIds.Title)!.Val!.Value);
        Assert.Equal("Arial", docx.Style(DocxStyleIds.Normal).StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.Equal((16838 - 2098 - 1984) / 20, docx.Section.GetFirstChild<DocGrid>()!.LinePitch!.Value);
        Assert.Empty(docx.Validate());
    }

    [Theory]
    [InlineData(nameof(DocxOptions.BodySizePt))]
    [InlineData(nameof(DocxOptions.LinesPerPage))]
    [InlineData(nameof(DocxOptions.BodyFont))]
    [InlineData(nameof(DocxOptions.MarginLeftMm))]
    public void Bad_options_are_rejected_naming_the_option(string name)
    {
        var options = name switch
        {
            nameof(DocxOptions.BodySizePt) => DocxOptions.Default with { BodySizePt = 0 },
            nameof(DocxOptions.LinesPerPage) => DocxOptions.Default with { LinesPerPage = 0 },
            nameof(DocxOptions.BodyFont) => DocxOptions.Default with { BodyFont = " " },
            _ => DocxOptions.Default with { MarginLeftMm = 200 },
        };
        var error = Assert.Throws<ArgumentException>(() => DocxRenderer.RenderToBytes(DocxTestDocuments.Team(), options));
        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public void Null_arguments_and_unwritable_streams_are_rejected()
    {
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => DocxRenderer.Render(null!, new MemoryStream())).ParamName);
        Assert.Equal("output", Assert.Throws<ArgumentNullException>(() => DocxRenderer.Render(DocxTestDocuments.Team(), null!)).ParamName);
        Assert.Throws<ArgumentException>(() => DocxRenderer.Render(DocxTestDocuments.Team(), new MemoryStream(new byte[10], writable: false)));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => DocxRenderer.RenderToBytes(DocxTestDocuments.Team(), null, cts.Token));
    }

    [Fact]
    public void Writes_to_streams_that_cannot_seek()
    {
        using var target = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(target))
        {
            DocxRenderer.Render(DocxTestDocuments.Team(), forwardOnly);
        }

        using var docx = new DocxReader(target.ToArray());
        Assert.Equal(DocxTestDocuments.Title, docx.Paragraphs()[0].Text);
    }

    [Fact]
    public void Line_breaks_become_breaks_and_control_characters_are_marked_not_dropped()
    {
        var document = ReviewDocument.Create(d => d
            .Header(h => h.Title("对照检查材料").LeadershipTeam("某单位", "班子"))
            .Preamble("第一行\n第二行\u0001结束"));
        using var docx = Render(document);
        var preamble = docx.Body.Elements<Paragraph>().ElementAt(1); // title, then the preamble (no date, no name line for a team)
        Assert.Single(preamble.Descendants<Break>());
        Assert.Equal("第一行\n第二行\uFFFD结束", DocxReader.TextOf(preamble));
        Assert.Empty(docx.Validate());
    }

    [Fact]
    public void Numbers_already_in_imported_headings_are_not_doubled_and_half_width_aspect_numbers_are_kept()
    {
        var document = ReviewDocument.Create(d => d
            .Header(h => h.Title("对照检查材料").LeadershipTeam("某单位", "班子"))
            .Problems(p => p.Heading("一、存在的问题").HalfWidthNumbers()
                .CustomAspect("政治建设方面", a => a.Problem("P1", "学习不够。", ""))
                .CustomAspect("（二）作风建设方面", a => a.Problem("P2", "作风不实。", "")))
            .Causes(c => c.Cause("C1", "（一）学习不够深入。", "", x => x.Explains("P1", "P2"))));
        using var docx = Render(document);
        var paragraphs = docx.Paragraphs().Skip(1).Select(p => p.Text).ToList();
        Assert.Equal(new[] { "一、存在的问题", "(一)政治建设方面", "一是学习不够。", "（二）作风建设方面", "一是作风不实。", "二、原因剖析", "（一）学习不够深入。" }, paragraphs);
    }

    private sealed class ForwardOnlyStream : Stream
    {
        private readonly Stream _inner;

        public ForwardOnlyStream(Stream inner) => _inner = inner;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => _inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _inner.Write(buffer, offset, count);
    }
}
