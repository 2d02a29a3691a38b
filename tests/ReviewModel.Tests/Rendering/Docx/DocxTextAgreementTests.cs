using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ReviewModel.Aspects;
using ReviewModel.Model;
using ReviewModel.Rendering;
using ReviewModel.Rendering.Docx;
using ReviewModel.Rendering.Lists;
using ReviewModel.Samples;
using Xunit;

namespace ReviewModel.Tests.Rendering.Docx;

using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

/// <summary>
/// The DOCX writer and the text writers share one layout: every document has the same paragraphs,
/// in the same order, with the same text, whichever way it is written.
/// </summary>
public class DocxTextAgreementTests
{
    public static TheoryData<string> Documents => new() { "sample", "team", "individual", "edge cases" };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Docx_paragraph_texts_are_the_plain_text_paragraphs(string name)
    {
        var document = Build(name);
        var text = new TextRenderer().Render(document);
        using var docx = new DocxReader(DocxRenderer.RenderToBytes(document));

        // The DOCX adds name/date lines under the title (the text writers do not) and breaks the title
        // over lines where the text joins its lines with a space; apart from that, paragraph for paragraph,
        // the same text.
        var paragraphs = docx.Paragraphs().Where(p => p.Style != DocxStyleIds.Byline)
            .Select(p => p.Style == DocxStyleIds.Title ? Unspaced(p.Text) : p.Text)
            .ToList();
        var expected = PlainParagraphs(text);
        expected[0] = Unspaced(expected[0]);
        Assert.True(expected.Count > 2, "the document should have more than a title");
        for (var i = 0; i < Math.Min(expected.Count, paragraphs.Count); i++)
        {
            Assert.True(expected[i] == paragraphs[i], $"paragraph {i}\ntext: {expected[i]}\ndocx: {paragraphs[i]}");
        }

        Assert.Equal(expected.Count, paragraphs.Count);
    }

    [Fact]
    public void Without_name_and_date_lines_the_docx_has_exactly_the_text_paragraphs()
    {
        var document = DocxTestDocuments.Individual("个人对照检查材料");
        using var docx = new DocxReader(DocxRenderer.RenderToBytes(document, DocxOptions.Default with { NameLine = false, DateLine = false }));

        Assert.Equal(PlainParagraphs(new TextRenderer().Render(document)), docx.Paragraphs().Select(p => p.Text));
    }

    [Fact]
    public void Sample_docx_headings_and_run_in_heads_follow_its_structure()
    {
        var document = PartyHistory2021Sample.Build();
        using var docx = new DocxReader(DocxRenderer.RenderToBytes(document));
        var paragraphs = docx.Paragraphs();

        Assert.Equal(document.Sections.Count, paragraphs.Count(p => p.Style == DocxStyleIds.Heading1));
        var groups = document.Sections.OfType<ProblemSection>().SelectMany(s => s.Aspects).Count(g => g.HasAspect);
        Assert.Equal(groups, paragraphs.Count(p => p.Style == DocxStyleIds.Heading2));

        var causes = document.Sections.OfType<CauseSection>().SelectMany(s => s.Causes).ToList();
        var measures = document.AllMeasures.ToList();
        var runIn = docx.Body.Elements<Paragraph>().Where(p => DocxReader.StyleOf(p) == DocxStyleIds.RunInParagraph).ToList();
        Assert.Equal(causes.Count + measures.Count, runIn.Count);
        var heads = runIn.Select(p => DocxReader.TextOf(p.Elements<DocumentFormat.OpenXml.Wordprocessing.Run>().First())).ToList();
        var titles = causes.Select(c => c.Title).Concat(measures.Select(m => m.Title)).ToList();
        for (var i = 0; i < heads.Count; i++)
        {
            Assert.EndsWith(titles[i], heads[i], StringComparison.Ordinal);
            Assert.Matches("^[（(][一二三四五六七八九十]+[）)]", heads[i]);
        }
    }

    [Fact]
    public void Sample_docx_passes_the_OpenXml_validator_with_zero_errors()
    {
        using var docx = new DocxReader(DocxRenderer.RenderToBytes(PartyHistory2021Sample.Build()));

        Assert.Empty(docx.Validate().Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void Sample_rectification_list_has_one_row_per_problem_measure_link_and_one_per_unaddressed_problem()
    {
        var document = PartyHistory2021Sample.Build();
        var problems = document.AllProblems.Select(p => p.Id).ToList();
        var links = document.AllMeasures
            .SelectMany(m => m.Addresses.Select(a => (Problem: a.TargetId, Measure: m.Id)))
            .Distinct()
            .ToList();
        var addressed = links.Select(l => l.Problem).ToHashSet(StringComparer.Ordinal);
        var unaddressed = problems.Where(p => !addressed.Contains(p)).ToList();

        var list = RectificationList.From(document);

        Assert.Equal(links.Count + unaddressed.Count, list.Entries.Count);
        Assert.Equal(
            links.OrderBy(l => l.Problem, StringComparer.Ordinal).ThenBy(l => l.Measure, StringComparer.Ordinal),
            list.Entries.Where(e => e.HasMeasure).Select(e => (Problem: e.ProblemId!, Measure: e.MeasureId!))
                .OrderBy(l => l.Problem, StringComparer.Ordinal).ThenBy(l => l.Measure, StringComparer.Ordinal));
        Assert.Equal(unaddressed, list.Entries.Where(e => !e.HasMeasure).Select(e => e.ProblemId!));
        Assert.Equal(Enumerable.Range(1, list.Entries.Count), list.Entries.Select(e => e.Number));

        // Every problem of the sample appears; rows are grouped by measure in document order, then the unaddressed problems.
        Assert.Equal(problems.OrderBy(p => p, StringComparer.Ordinal), list.Entries.Select(e => e.ProblemId!).Distinct().OrderBy(p => p, StringComparer.Ordinal));
        var measureOrder = document.AllMeasures.Select(m => m.Id).ToList();
        var rowMeasures = list.Entries.Where(e => e.HasMeasure).Select(e => measureOrder.IndexOf(e.MeasureId!)).ToList();
        Assert.Equal(rowMeasures.OrderBy(i => i), rowMeasures);
        Assert.Equal(list.Entries.Count, list.ToTable(ListView.Rectification).Rows.Count);
    }

    [Fact]
    public void The_title_keeps_its_authors_line_breaks_in_the_docx_and_is_one_line_in_text()
    {
        var document = ReviewDocument.Create(d => d
            .Header(h => h.Title("  某单位班子\r\n\n对照检查材料 ").LeadershipTeam("某单位", "班子"))
            .Preamble("开头。"));
        using var docx = new DocxReader(DocxRenderer.RenderToBytes(document));

        Assert.Equal((DocxStyleIds.Title, "某单位班子\n对照检查材料"), docx.Paragraphs()[0]);
        Assert.StartsWith("某单位班子 对照检查材料\n\n", new TextRenderer().Render(document), StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_title_gives_no_title_paragraph_and_no_blank_line_after_the_first_body_paragraph()
    {
        var document = new ReviewDocument(new DocumentHeader(" ", ReviewSubject.Team("某市委", "市委常委班子")), ValueList.Of(new Model.Paragraph("开头。")), null);
        using var docx = new DocxReader(DocxRenderer.RenderToBytes(document));

        var first = docx.Body.Elements<Paragraph>().First();
        Assert.Equal((DocxStyleIds.Normal, "开头。"), (DocxReader.StyleOf(first), DocxReader.TextOf(first)));
        Assert.Null(first.ParagraphProperties?.SpacingBetweenLines);
        Assert.Equal("开头。\n", new TextRenderer().Render(document));
    }

    private static string Unspaced(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The paragraphs of <see cref="TextRenderer"/> output: blocks are separated by one blank line.</summary>
    private static List<string> PlainParagraphs(string text)
    {
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return text.Substring(0, text.Length - 1).Split("\n\n").ToList();
    }

    private static ReviewDocument Build(string name) => name switch
    {
        "sample" => PartyHistory2021Sample.Build(),
        "team" => DocxTestDocuments.Team(),
        "individual" => DocxTestDocuments.Individual(),
        _ => EdgeCases(),
    };

    /// <summary>
    /// Where the two layouts used to differ: pre-numbered headings and titles, an aspect ID the catalogue
    /// does not know, blank headings, padded owners, an owner suffix after item paragraphs, line breaks.
    /// </summary>
    private static ReviewDocument EdgeCases()
    {
        var built = EdgeCaseBuilder();

        // An imported group whose aspect ID the catalogue does not know keeps a heading (its ID).
        var sections = built.Sections.Select(s => s is ProblemSection p
            ? new ProblemSection(p.Heading, p.Aspects.Concat(new[] { new AspectGroup("9999.9", null, ValueList.Of(new Problem("P9", "未知方面。", "内容。"))) }).ToValueList(), p.NumberStyle)
            : s);
        return new ReviewDocument(built.Header, built.Preamble, sections.ToValueList());
    }

    private static ReviewDocument EdgeCaseBuilder() => ReviewDocument.CreateBuilder()
        .Header(h => h.Title("某单位班子\n对照检查材料").LeadershipTeam("某单位", "班子").MeetingDate(new LocalDate(2022, 1, 5)).Aspects(AspectCatalogues.Annual2024))
        .Preamble("第一行\r\n\r\n第二行")
        .Preamble("   ")
        .Preparation(p => p.Heading("  ").Step("高度重视。", "做了甲。"))
        .Problems(p => p.Heading("三、存在的问题").HalfWidthNumbers()
            .Ungrouped(a => a.Problem("P0", "无方面。", "内容。"))
            .CustomAspect("（二）作风建设方面", a => a.Problem("P1", "作风不实。", ""))
            .Aspect(1, a => a.Inline().Intro("引言一。").Intro("引言二：").Problem("P2", "学习不深。", "浅尝辄止。", x => x.Example("比如，甲。"))))
        .Causes(c => c.Cause("C1", "（一）学习不够\n深入。", "分析。", x => x.Explains("P0", "P1", "P2")))
        .Measures(m => m
            .Measure("M1", "改进作风。", "总体要求。", x => x.Addresses("P1").ItemsAsParagraphs()
                .Item("转变作风。", "深入基层。").Owner(" 王五 ").OwningUnit(" 市委办 ").Deadline(new LocalDate(2025, 6, 30)))
            .Measure("M2", "加强学习。", string.Empty, x => x.Addresses("P0", "P2").Item("带头学。", "学原文。").LongTerm()))
        .BuildLenient();
}
