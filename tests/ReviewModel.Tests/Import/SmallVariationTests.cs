using System.Linq;
using ReviewModel.Validation;
using ReviewModel.Import;
using ReviewModel.Model;
using Xunit;

namespace ReviewModel.Tests.Import;

/// <summary>Smaller variations, each in a few lines of text written for the test.</summary>
public class SmallVariationTests
{
    private static ImportResult Import(string text)
    {
        var result = ReviewImporter.Import(text, ImportOptions.Default.WithFile("t.txt"));
        Assert.Null(ImportAccounting.Check(text, result));
        return result;
    }

    [Fact]
    public void Parts_numbered_第一部分_and_items_第一()
    {
        var document = Import("某局领导班子对照检查材料\n\n第一部分 存在的问题\n\n（一）在担当作为方面。第一，攻坚克难的劲头不足。第二，遇到矛盾绕着走。\n\n第二部分 整改措施\n\n第一，建立重点任务清单，每月调度。\n\n第二，完善考核办法，年底前出台。\n").Document;
        Assert.Equal(new[] { SectionKind.Problems, SectionKind.Measures }, document.Sections.Select(s => s.Kind));
        Assert.Equal("存在的问题", document.Problems!.Heading);
        Assert.Equal(2, document.Measures!.Measures.Count);
        Assert.Equal("建立重点任务清单，每月调度。", document.Measures.Measures[0].Title);
    }

    [Fact]
    public void A_combined_problems_and_causes_section_is_a_problem_section()
    {
        var document = Import("对照检查材料\n\n一、存在的问题及原因分析\n\n（一）在学习方面。一是学得不深。二是用得不够。\n").Document;
        Assert.Equal(SectionKind.Problems, Assert.Single(document.Sections).Kind);
        Assert.Equal(2, document.AllProblems.Count());
    }

    [Fact]
    public void The_date_under_the_signature_closes_the_last_section()
    {
        var document = Import("对照检查材料\n\n一、整改措施\n\n（一）加强学习。每月集中学习一次。\n\n（二）改进作风。每季度调研一次。\n\n2025年1月10日\n").Document;
        var measures = document.Measures!;
        Assert.Equal(2, measures.Measures.Count);
        Assert.Equal("每季度调研一次。", measures.Measures[1].Body);
        Assert.Equal("2025年1月10日", measures.Closing.Single().Text);
    }

    [Fact]
    public void Problems_written_as_headings_without_aspects_are_problems_under_no_aspect()
    {
        var document = Import("个人对照检查材料\n\n一、存在的问题\n\n（一）理论学习不够深入。对党的创新理论学得不够系统。\n\n（二）工作作风不够扎实。深入基层少。比如，全年到村调研仅3次。\n\n二、原因剖析\n\n思想上有所放松。\n").Document;
        var group = Assert.Single(document.Problems!.Aspects);
        Assert.False(group.HasAspect);
        Assert.Equal(new[] { "理论学习不够深入。", "工作作风不够扎实。" }, group.Problems.Select(p => p.Lead));
        Assert.Equal("比如，全年到村调研仅3次。", group.Problems[1].Examples.Single().Text);
        Assert.Equal(new SourceLocation("t.txt", 7, 4), group.Problems[1].Source);
    }

    [Fact]
    public void Inline_markers_need_punctuation_before_them()
    {
        // 统一是 and 唯一是 are words, not item markers.
        var document = Import("对照检查材料\n\n一、存在的问题\n\n（一）在政治方面。思想统一是前提，但我认识不足。一是学习不深。二是运用不够。\n").Document;
        var group = document.Problems!.Aspects.Single();
        Assert.Equal("思想统一是前提，但我认识不足。", group.Intro.Single().Text);
        Assert.Equal(2, group.Problems.Count);
    }

    [Fact]
    public void Structure_is_found_without_a_title_and_without_sections()
    {
        var result = Import("（一）在理论学习方面。一是学得不深。二是学用脱节。\n（二）在工作作风方面。一是调研不够。\n");
        Assert.Contains(result.Diagnostics, d => d.Code == RuleCatalogue.NoTitle.Id);
        var problems = Assert.Single(result.Document.Sections);
        Assert.Null(problems.Heading);
        Assert.Equal(new[] { 2, 1 }, ((ProblemSection)problems).Aspects.Select(a => a.Problems.Count));
    }

    [Fact]
    public void Text_without_any_structure_is_kept_as_opening_paragraphs()
    {
        var result = Import("这是一段没有任何结构的文字。\n\n又一段。\n");
        Assert.Empty(result.Document.Sections);
        Assert.Equal(2, result.Document.Preamble.Count);
        Assert.Contains(result.Diagnostics, d => d.Code == RuleCatalogue.NoStructure.Id);
    }

    [Fact]
    public void The_line_under_an_individual_title_gives_post_and_name()
    {
        var header = Import("2024年度民主生活会个人对照检查材料\n县委副书记　王某某\n\n根据统一安排，本人认真查摆问题。\n\n一、存在的问题\n\n（一）在作风方面。一是调研少。二是标准低。\n").Document.Header;
        Assert.Equal(SubjectKind.Individual, header.Subject.Kind);
        Assert.Equal("王某某", header.Subject.Name);
        Assert.Equal("县委副书记", header.Subject.Post);
    }

    [Fact]
    public void Arabic_numbered_sections_when_there_are_no_chinese_numbered_ones()
    {
        var document = Import("对照检查材料\n\n1.存在的问题\n\n（1）在理论学习方面。一是学得浅。二是用得少。\n\n2.整改措施\n\n一是每周学习。二是每月交流。\n").Document;
        Assert.Equal(new[] { SectionKind.Problems, SectionKind.Measures }, document.Sections.Select(s => s.Kind));
        Assert.Equal(2, document.Problems!.Aspects.Single().Problems.Count);
        Assert.Equal(2, document.Measures!.Measures.Count);
    }

    [Fact]
    public void Aspect_headings_starting_with_关于_or_对照_match_the_catalogue()
    {
        var document = Import("2024年度民主生活会对照检查材料\n\n一、存在的问题\n\n（一）关于带头严守政治纪律和政治规矩，维护党的团结统一方面。一是学习不深。\n\n（二）对照带头增强党性、严守纪律、砥砺作风方面。一是作风不实。\n").Document;
        Assert.Equal(new[] { "2024-annual.1", "2024-annual.2" }, document.Problems!.Aspects.Select(a => a.AspectId));
    }

    [Fact]
    public void Pdf_text_with_a_blank_line_after_every_line()
    {
        // Each paragraph wrapped at 24 characters, and every line followed by a blank line.
        var paragraphs = new[]
        {
            "某县审计局领导班子对照检查材料",
            "一、存在的问题",
            "（一）在带头增强党性、严守纪律、砥砺作风方面",
            "一是审计整改跟踪不够有力，对部分单位屡审屡犯问题的原因分析不深，督促整改的办法不多。",
            "二是服务意识有待增强，审计报告的建议针对性不强，对被审计单位的实际困难考虑不够充分。",
            "二、整改措施",
            "（一）健全审计整改跟踪机制，建立问题台账，每季度通报一次整改进展情况。",
        };
        var text = string.Join("\n\n", paragraphs.SelectMany(p => Enumerable.Range(0, (p.Length + 23) / 24).Select(i => p.Substring(i * 24, System.Math.Min(24, p.Length - (i * 24))))));
        var result = Import(text);
        var aspect = result.Document.Problems!.Aspects.Single();
        Assert.Equal(2, aspect.Problems.Count);
        Assert.Equal(paragraphs[3].Substring(2), aspect.Problems[0].Lead + aspect.Problems[0].Body);
        Assert.Equal(paragraphs[6].Substring(3), result.Document.Measures!.Measures.Single().Title + result.Document.Measures.Measures[0].Body);
        Assert.Contains(result.Diagnostics, d => d.Code == RuleCatalogue.LinesJoined.Id);
    }
}
