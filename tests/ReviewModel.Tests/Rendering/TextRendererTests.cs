using System;
using System.Linq;
using System.Threading;
using NodaTime;
using ReviewModel.Aspects;
using ReviewModel.Building;
using ReviewModel.Model;
using ReviewModel.Rendering;
using Xunit;

namespace ReviewModel.Tests.Rendering;

public class TextRendererTests
{
    private static readonly TextRenderer Renderer = new();

    [Fact]
    public void Layout_is_title_preamble_then_numbered_sections_separated_by_blank_lines()
    {
        var document = Document(d => d
            .Preamble("开头。")
            .Preparation(p => p.Intro("准备引言。").Step("高度重视。", "做了甲。").Step("认真学习。", "做了乙。").Closing("总之，准备充分。"))
            .LastYearRectification(r => r.Item("加强学习。", "学了。")));

        Assert.Equal(
            "标题\n\n开头。\n\n一、会前准备情况\n\n准备引言。\n\n一是高度重视。做了甲。\n\n二是认真学习。做了乙。\n\n总之，准备充分。\n\n"
            + "二、上年度民主生活会查摆问题整改落实情况\n\n一是加强学习。学了。\n",
            Renderer.Render(document));
    }

    [Fact]
    public void Sections_without_a_heading_get_the_standard_heading_of_their_kind()
    {
        var document = Document(d => d
            .Problems(p => p.Ungrouped(a => a.Problem("P1", "问题。", "内容。")))
            .Causes(c => c.Cause("C1", "原因。", "分析。", x => x.Explains("P1")))
            .Measures(m => m.Measure("M1", "措施。", "做法。", x => x.Addresses("P1"))));

        Assert.Equal(
            new[] { "一、查摆问题", "二、原因剖析", "三、整改措施" },
            Lines(Renderer.Render(document)).Where(l => l.Length > 1 && l[1] == '、'));
    }

    [Fact]
    public void Numbers_go_beyond_ten()
    {
        var document = Document(d =>
        {
            d.Preparation(p =>
            {
                for (var i = 1; i <= 12; i++)
                {
                    p.Step($"第{i}步。", string.Empty);
                }
            });
            d.Causes(c =>
            {
                for (var i = 1; i <= 11; i++)
                {
                    c.Cause($"C{i}", $"原因{i}。", string.Empty);
                }
            });
            for (var i = 0; i < 9; i++)
            {
                d.Section(SectionKind.Other, s => s.Paragraph("其他内容。"));
            }
        });

        var lines = Lines(Renderer.Render(document));

        Assert.Contains("十一是第11步。", lines);
        Assert.Contains("十二是第12步。", lines);
        Assert.Contains("（十）原因10。", lines);
        Assert.Contains("（十一）原因11。", lines);
        Assert.Equal("十一、其他", lines.Last(l => l.EndsWith("、其他", StringComparison.Ordinal)));
    }

    [Fact]
    public void Aspect_headings_come_from_the_group_else_the_catalogue_and_ungrouped_problems_have_none()
    {
        var document = Document(
            d => d.Problems(p => p
                .Ungrouped(a => a.Problem("P0", "无方面。", "内容。"))
                .Aspect(2, a => a.Problem("P1", "甲。", "内容。"))
                .CustomAspect("在自定义方面。", a => a.Problem("P2", "乙。", "内容。"))
                .Aspect(1, a => a.Heading("在带头学习方面（自拟标题）。").Problem("P3", "丙。", "内容。"))),
            AspectCatalogues.Annual2024);

        var lines = Lines(Renderer.Render(document));

        var section = lines.SkipWhile(l => l != "一、查摆问题").Skip(1).ToList();
        Assert.Equal(
            new[]
            {
                "一是无方面。内容。",
                "（一）" + AspectCatalogues.Annual2024.Aspects[1].DefaultHeading,
                "一是甲。内容。",
                "（二）在自定义方面。",
                "一是乙。内容。",
                "（三）在带头学习方面（自拟标题）。",
                "一是丙。内容。",
            },
            section);
    }

    [Fact]
    public void Half_width_numbers_are_used_where_the_section_asks_for_them()
    {
        var document = Document(d => d
            .Problems(p => p.HalfWidthNumbers().CustomAspect("在甲方面。", a => a.Problem("P1", "问题。", "内容。")))
            .Causes(c => c.Cause("C1", "原因。", "分析。", x => x.Explains("P1")))
            .Measures(m => m.HalfWidthNumbers().Measure("M1", "措施。", "做法。", x => x.Addresses("P1"))));

        var lines = Lines(Renderer.Render(document));

        Assert.Contains("(一)在甲方面。", lines);
        Assert.Contains("（一）原因。分析。", lines);
        Assert.Contains("(一)措施。做法。", lines);
    }

    [Fact]
    public void Inline_problems_run_on_after_the_last_intro_paragraph_with_their_examples()
    {
        var document = Document(d => d.Problems(p => p.CustomAspect("在甲方面。", a => a
            .Inline()
            .Intro("第一段引言。")
            .Intro("第二段引言，但存在问题：")
            .Problem("P1", "学习不深。", "浅尝辄止。", x => x.Example("比如，甲。").Example("又如，乙。"))
            .Problem("P2", "作风不实。", "流于形式。")
            .Closing("这些问题必须整改。"))));

        var section = Lines(Renderer.Render(document)).SkipWhile(l => l != "（一）在甲方面。").ToList();

        Assert.Equal(
            new[]
            {
                "（一）在甲方面。",
                "第一段引言。",
                "第二段引言，但存在问题：一是学习不深。浅尝辄止。比如，甲。又如，乙。二是作风不实。流于形式。",
                "这些问题必须整改。",
            },
            section);
    }

    [Fact]
    public void Paragraph_layout_gives_each_problem_its_own_paragraph()
    {
        var document = Document(d => d.Problems(p => p.CustomAspect("在甲方面。", a => a
            .Intro("引言。")
            .Problem("P1", "学习不深。", "浅尝辄止。", x => x.Example("比如，甲。"))
            .Problem("P2", "作风不实。", "流于形式。"))));

        var section = Lines(Renderer.Render(document)).SkipWhile(l => l != "（一）在甲方面。").ToList();

        Assert.Equal(new[] { "（一）在甲方面。", "引言。", "一是学习不深。浅尝辄止。比如，甲。", "二是作风不实。流于形式。" }, section);
    }

    [Fact]
    public void Measure_items_are_inline_by_default_and_paragraphs_on_request()
    {
        var document = Document(d => d
            .Problems(p => p.Ungrouped(a => a.Problem("P1", "问题。", "内容。")))
            .Measures(m => m
                .Measure("M1", "严守纪律。", string.Empty, x => x.Addresses("P1").Item("带头守纪。", "遵守党章。").Item("落实责任。", "管好队伍。"))
                .Measure("M2", "改进作风。", "总体要求。", x => x.Addresses("P1").ItemsAsParagraphs().Item("转变作风。", "深入基层。").Item("减轻负担。", "精简会议。"))));

        var section = Lines(Renderer.Render(document)).SkipWhile(l => l != "二、整改措施").Skip(1).ToList();

        Assert.Equal(
            new[]
            {
                "（一）严守纪律。一是带头守纪。遵守党章。二是落实责任。管好队伍。",
                "（二）改进作风。总体要求。",
                "一是转变作风。深入基层。",
                "二是减轻负担。精简会议。",
            },
            section);
    }

    [Fact]
    public void Owners_unit_deadline_and_standard_follow_the_measure_only_when_present()
    {
        var document = Document(d => d
            .Problems(p => p.Ungrouped(a => a.Problem("P1", "问题。", "内容。")))
            .Measures(m => m
                .Measure("M1", "措施一。", "做法。", x => x.Addresses("P1").Owner("张三").Owner("李四").OwningUnit("市委办公室")
                    .Deadline(new LocalDate(2025, 6, 30)).Standard("问题清零"))
                .Measure("M2", "措施二。", "做法。", x => x.Addresses("P1").LongTerm())
                .Measure("M3", "措施三。", "做法。", x => x.Addresses("P1").OwningUnit("市委组织部").Item("一项。", "内容。"))
                .Measure("M4", "措施四。", "做法。", x => x.Addresses("P1").ItemsAsParagraphs().Owner("王五").Item("一项。", "内容。"))
                .Measure("M5", "措施五。", "做法。", x => x.Addresses("P1"))));

        var section = Lines(Renderer.Render(document)).SkipWhile(l => l != "二、整改措施").Skip(1).ToList();

        Assert.Equal(
            new[]
            {
                "（一）措施一。做法。（责任人：张三、李四；责任单位：市委办公室；完成时限：2025年6月30日；整改标准：问题清零）",
                "（二）措施二。做法。（完成时限：长期坚持）",
                "（三）措施三。做法。一是一项。内容。（责任单位：市委组织部）",
                "（四）措施四。做法。",
                "一是一项。内容。",
                "（责任人：王五）",
                "（五）措施五。做法。",
            },
            section);
    }

    [Fact]
    public void Custom_sections_are_numbered_in_place_with_their_heading_or_the_standard_one()
    {
        var document = Document(d => d
            .Section(SectionKind.BranchStatus, s => s.Paragraph("支部有党员10名。"))
            .Problems(p => p.Ungrouped(a => a.Problem("P1", "问题。", "内容。")))
            .Section(SectionKind.CaseAnalysis, s => s.Heading("反面典型案例剖析情况").Paragraph("第一段。").Paragraph("第二段。")));

        Assert.Equal(
            new[] { "标题", "一、党支部现状", "支部有党员10名。", "二、查摆问题", "一是问题。内容。", "三、反面典型案例剖析情况", "第一段。", "第二段。" },
            Lines(Renderer.Render(document)));
    }

    [Fact]
    public void Line_breaks_inside_a_paragraph_never_split_it_and_blank_text_adds_nothing()
    {
        var document = Document(d => d
            .Header(h => h.Theme("主题"))
            .Preamble("第一行\r\n\r\n第二行\n")
            .Preamble("   ")
            .Preamble("第三段"));

        Assert.Equal("标题\n\n第一行\n第二行\n\n第三段\n", Renderer.Render(document));
    }

    [Fact]
    public void Numbers_already_in_imported_headings_and_titles_are_not_doubled()
    {
        var document = Document(d => d
            .Problems(p => p.Heading("一、存在的问题")
                .CustomAspect("政治建设方面", a => a.Problem("P1", "学习不够。", ""))
                .CustomAspect("(二)作风建设方面", a => a.Problem("P2", "作风不实。", "")))
            .Causes(c => c.Cause("C1", "（一）学习不够深入。", "分析。", x => x.Explains("P1", "P2")))
            .Measures(m => m.Measure("M1", "（一）加强学习。", "做法。", x => x.Addresses("P1", "P2"))));

        Assert.Equal(
            new[] { "标题", "一、存在的问题", "（一）政治建设方面", "一是学习不够。", "(二)作风建设方面", "一是作风不实。", "二、原因剖析", "（一）学习不够深入。分析。", "三、整改措施", "（一）加强学习。做法。" },
            Lines(Renderer.Render(document)));
    }

    [Fact]
    public void A_group_whose_aspect_the_catalogue_does_not_know_is_headed_by_its_aspect_id()
    {
        var problems = new ProblemSection(null, ValueList.Of(new AspectGroup("9999.9", null, ValueList.Of(new Problem("P1", "问题。", "内容。")))));
        var document = new ReviewDocument(Document(d => d.Preamble("开头。")).Header, null, ValueList.Of<Section>(problems));

        Assert.Equal(new[] { "标题", "一、查摆问题", "（一）9999.9", "一是问题。内容。" }, Lines(Renderer.Render(document)));
    }

    [Fact]
    public void An_empty_structured_section_still_shows_its_heading()
    {
        var document = Document(d => d.Causes(c => c.Heading("原因分析")));

        Assert.Equal("标题\n\n一、原因分析\n", Renderer.Render(document));
    }

    [Fact]
    public void Bad_arguments_and_cancellation_are_reported()
    {
        var document = Document(d => d.Preamble("开头。"));

        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => Renderer.Render(null!)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => Renderer.Render(document, null!)).ParamName);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Renderer.Render(document, cancelled.Token));
    }

    internal static ReviewDocument Document(Action<ReviewDocumentBuilder> describe, AspectCatalogue? catalogue = null)
    {
        var builder = ReviewDocument.CreateBuilder()
            .Header(h =>
            {
                h.Title("标题").LeadershipTeam("市委", "市委常委班子");
                if (catalogue is not null)
                {
                    h.Aspects(catalogue);
                }
            });
        describe(builder);
        return builder.Build();
    }

    internal static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
