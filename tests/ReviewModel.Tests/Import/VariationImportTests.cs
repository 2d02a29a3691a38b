using System.Linq;
using NodaTime;
using ReviewModel.Aspects;
using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Import;

/// <summary>The structures real materials use, each in a test document of its own (Fixtures/Import/).</summary>
public class VariationImportTests
{
    [Theory]
    [InlineData("Import/team-2024.txt")]
    [InlineData("Import/individual-orglife-2023.txt")]
    [InlineData("Import/branch-status.txt")]
    [InlineData("Import/pdf-pasted.txt")]
    [InlineData("Import/markdown-bold.md")]
    [InlineData("Import/numbered-items.txt")]
    [InlineData("Import/owner-deadline.txt")]
    public void Loses_no_text(string name)
    {
        var result = Fixture.Import(name);
        Assert.Null(ImportAccounting.Check(Fixture.Text(name), result));
    }

    [Fact]
    public void Team_2024_with_case_analysis_and_spaces_after_the_item_marker()
    {
        var document = Fixture.Import("Import/team-2024.txt").Document;
        Assert.Equal("中共某县委常委班子2024年度民主生活会对照检查材料", document.Header.Title);
        Assert.Equal("中共某县委常委班子", document.Header.Subject.Name);
        Assert.Equal(
            new[] { SectionKind.Preparation, SectionKind.LastYearRectification, SectionKind.Problems, SectionKind.CaseAnalysis, SectionKind.Causes, SectionKind.Measures },
            document.Sections.Select(s => s.Kind));
        Assert.Same(AspectCatalogues.Annual2024, document.Header.Catalogue);
        var aspects = document.Problems!.Aspects;
        Assert.Equal(new[] { "2024-annual.1", "2024-annual.2", "2024-annual.3", "2024-annual.4" }, aspects.Select(a => a.AspectId));
        Assert.Equal(new[] { 2, 3, 2, 2 }, aspects.Select(a => a.Problems.Count));

        // "一是 贯彻……" with a space: the lead starts after the space.
        Assert.Equal("贯彻落实上级决策部署有时不够及时。", aspects[0].Problems[0].Lead);
        Assert.Equal(ItemLayout.Paragraphs, aspects[0].Layout);
        Assert.Equal(ItemLayout.Inline, aspects[1].Layout);
        Assert.StartsWith("例如，", aspects[1].Problems[1].Examples.Single().Text);

        Assert.Equal(46, document.Preparation!.OpinionsSolicited);
        Assert.Equal(52, document.Preparation.TalksHeld);
        Assert.Equal(2, document.LastYearRectification!.Items.Count);

        var cases = Assert.IsType<CustomSection>(document.Sections[3]);
        Assert.Equal("反面典型案例剖析", cases.Heading);
        Assert.Equal(2, cases.Paragraphs.Count);

        Assert.Equal(3, document.Causes!.Causes.Count);
        var measures = document.Measures!.Measures;
        Assert.Equal(4, measures.Count);
        Assert.Equal(2, measures[1].Items.Count);
        Assert.Equal("下一步整改措施", document.Measures.Heading);
    }

    [Fact]
    public void Individual_organisational_life_without_causes_and_preparation_folded_into_the_opening()
    {
        var document = Fixture.Import("Import/individual-orglife-2023.txt").Document;
        Assert.Equal(SubjectKind.Individual, document.Header.Subject.Kind);
        Assert.Equal(MeetingKind.OrganisationalLife, document.Header.MeetingKind);
        Assert.Equal(new[] { SectionKind.Problems, SectionKind.Measures }, document.Sections.Select(s => s.Kind));
        Assert.Null(document.Causes);
        Assert.Equal(2, document.Preamble.Count);
        Assert.Contains("谈心谈话", document.Preamble[1].Text);

        Assert.Same(AspectCatalogues.ThemeEducation2023OrganisationalLife, document.Header.Catalogue);
        var aspects = document.Problems!.Aspects;
        Assert.Equal(4, aspects.Count);
        Assert.All(aspects, a => Assert.NotNull(a.AspectId));
        Assert.Equal(new[] { 2, 2, 2, 1 }, aspects.Select(a => a.Problems.Count));

        // Heading and intro in the same paragraph as the inline problems.
        Assert.Equal("学习贯彻党的创新理论情况。", aspects[0].Heading);
        Assert.StartsWith("我的学习还不够系统", aspects[0].Intro.Single().Text);
        Assert.Equal("学习的自觉性不够强，有时把学习当作任务完成。", aspects[0].Problems[0].Lead);

        // An aspect described without numbering: its text is one problem.
        Assert.StartsWith("作为一名有20年党龄的老党员", aspects[3].Problems[0].Lead);

        // Measures as 一是 paragraphs, no （一） headings.
        var measures = document.Measures!.Measures;
        Assert.Equal(new[] { "坚持学在经常。", "严格要求自己。", "真心服务群众。" }, measures.Select(m => m.Title));

        // The validator reports the missing cause section.
        var result = ReviewValidator.ValidateDocument(document);
        Assert.Contains(result.Of("RM0001"), f => f.Message.Contains("原因"));
    }

    [Fact]
    public void Branch_material_with_branch_status_and_study_reflection()
    {
        var document = Fixture.Import("Import/branch-status.txt").Document;
        Assert.Equal(
            new[] { SectionKind.StudyReflection, SectionKind.BranchStatus, SectionKind.Problems, SectionKind.Causes, SectionKind.Measures },
            document.Sections.Select(s => s.Kind));
        Assert.Equal(SubjectKind.LeadershipTeam, document.Header.Subject.Kind);
        Assert.Equal("机关第三党支部", document.Header.Subject.Name);
        Assert.Equal(MeetingKind.OrganisationalLife, document.Header.MeetingKind);
        Assert.Equal("党支部现状", document.Sections[1].Heading);
        Assert.Contains("现有党员18名", ((CustomSection)document.Sections[1]).Paragraphs.Single().Text);

        var aspects = document.Problems!.Aspects;
        Assert.Equal("对照检查剖析", document.Problems.Heading);
        Assert.Equal(new[] { "政治功能方面。", "组织生活方面。", "党员教育管理方面。" }, aspects.Select(a => a.Heading));
        Assert.Equal(new[] { 2, 2, 2 }, aspects.Select(a => a.Problems.Count));
        Assert.Equal("组织生活质量不高。", aspects[1].Problems[0].Lead); // 1.
        Assert.Equal("对流动党员的管理存在盲区，联系不够经常。", aspects[2].Problems[1].Lead); // 2、

        // 问题根源: inline 一是…二是… causes.
        Assert.Equal("问题根源", document.Causes!.Heading);
        Assert.Equal(2, document.Causes.Causes.Count);
        Assert.Equal(3, document.Measures!.Measures.Count);
    }

    [Fact]
    public void Text_pasted_from_a_pdf()
    {
        var result = Fixture.Import("Import/pdf-pasted.txt");
        var document = result.Document;

        // Page chrome skipped and reported; the title joined from two lines.
        Assert.Equal(3, result.Skipped.Count);
        Assert.Contains(result.Diagnostics, d => d.Code == RuleCatalogue.ChromeSkipped.Id);
        Assert.Equal("某市生态环境局领导班子2024年度民主生活会对照检查材料", document.Header.Title);

        // Hard breaks joined; positions of elements still exact.
        Assert.Contains(result.Diagnostics, d => d.Code == RuleCatalogue.LinesJoined.Id);
        Assert.Single(document.Preamble);
        Assert.EndsWith("现将对照检查情况报告如下:", document.Preamble[0].Text);
        Assert.Equal(new SourceLocation("Import/pdf-pasted.txt", 6, 1), document.Preamble[0].Source);

        // Half-width (一), half-width punctuation.
        var aspects = document.Problems!.Aspects;
        Assert.Equal(HeadingNumberStyle.HalfWidth, document.Problems.NumberStyle);
        Assert.Same(AspectCatalogues.Annual2024, document.Header.Catalogue);
        Assert.Equal(new[] { "2024-annual.1", "2024-annual.2", "2024-annual.4" }, aspects.Select(a => a.AspectId));
        Assert.Equal(new[] { 2, 2, 2 }, aspects.Select(a => a.Problems.Count));
        var first = aspects[0].Problems[0];
        Assert.Equal("落实重大决策部署有温差。", first.Lead);
        Assert.Equal("对生态环境保护督察反馈问题的整改,个别事项推进缓慢,存在等靠思想。", first.Body);
        Assert.Equal("比如,某工业园区污水管网改造工程比计划滞后4个月。", first.Examples.Single().Text);
        Assert.Equal(new SourceLocation("Import/pdf-pasted.txt", 12, 15), first.Examples[0].Source);
        Assert.Equal("形式主义问题仍有反弹,部分检查考核过多依赖台账资料。", aspects[1].Problems[1].Lead + aspects[1].Problems[1].Body);

        Assert.Equal(2, document.Causes!.Causes.Count);
        var measures = document.Measures!.Measures;
        Assert.Equal(3, measures.Count);

        // "(责\n任人:…" — a label broken over two lines is read once joined.
        Assert.Equal("局党组书记", measures[0].Owners.Single());
        Assert.Equal(new LocalDate(2025, 6, 30), measures[0].Deadline!.Date);
        Assert.Equal("机关纪委", measures[2].OwningUnit);
        Assert.True(measures[2].Deadline!.IsLongTerm);
    }

    [Fact]
    public void Markdown_with_headings_and_bold_leads()
    {
        var document = Fixture.Import("Import/markdown-bold.md").Document;
        Assert.Equal("某区教育局党组2025年度民主生活会对照检查材料", document.Header.Title);
        Assert.Equal(new[] { SectionKind.Problems, SectionKind.Causes, SectionKind.Measures }, document.Sections.Select(s => s.Kind));
        Assert.Same(AspectCatalogues.Annual2025, document.Header.Catalogue);
        var aspects = document.Problems!.Aspects;
        Assert.Equal(new[] { "2025-annual.1", "2025-annual.2", "2025-annual.3", "2025-annual.4", "2025-annual.5" }, aspects.Select(a => a.AspectId));
        Assert.Equal(new[] { 2, 1, 2, 1, 1 }, aspects.Select(a => a.Problems.Count));

        var problem = aspects[0].Problems[1];
        Assert.Equal("政治执行力还有差距。", problem.Lead);
        Assert.DoesNotContain("*", problem.Lead + problem.Body);
        Assert.Equal(new SourceLocation("Import/markdown-bold.md", 11, 3), problem.Source); // after "**"

        var causes = document.Causes!.Causes;
        Assert.Equal(new[] { "理论学习不够深入", "宗旨意识有所淡化" }, causes.Select(c => c.Title));
        Assert.Contains("党组学习多是传达文件", causes[0].Body);

        var measures = document.Measures!.Measures;
        Assert.Equal(3, measures.Count);
        Assert.Equal("强化政治建设。", measures[0].Title);
        Assert.Equal("党组书记", measures[0].Owners.Single());
        Assert.True(measures[2].Deadline!.IsLongTerm);
    }

    [Fact]
    public void Problems_causes_and_measures_numbered_1_dot_and_1_comma()
    {
        var document = Fixture.Import("Import/numbered-items.txt").Document;
        var aspects = document.Problems!.Aspects;
        Assert.Equal(new[] { "在理论学习方面", "在经营管理方面" }, aspects.Select(a => a.Heading));
        Assert.Equal(new[] { 2, 3 }, aspects.Select(a => a.Problems.Count));
        Assert.Equal("学用结合不够紧密。", aspects[0].Problems[1].Lead);
        Assert.Equal("成本管控不够精细。", aspects[1].Problems[1].Lead);
        Assert.Equal(new SourceLocation("Import/numbered-items.txt", 15, 3), aspects[1].Problems[1].Source);
        Assert.Equal(2, document.Causes!.Causes.Count);
        Assert.Equal(new[] { "深化理论学习。", "健全风险防控体系。", "加大创新投入。" }, document.Measures!.Measures.Select(m => m.Title));
    }

    [Fact]
    public void Owner_unit_deadline_and_standard_written_in_the_text()
    {
        var measures = Fixture.Import("Import/owner-deadline.txt").Document.Measures!.Measures;
        Assert.Equal("党工委书记", measures[0].Owners.Single());
        Assert.Equal("党政办公室", measures[0].OwningUnit);
        Assert.Equal(new LocalDate(2025, 6, 30), measures[0].Deadline!.Date);

        Assert.Equal("党工委副书记", measures[1].Owners.Single());
        Assert.Equal(new LocalDate(2025, 12, 31), measures[1].Deadline!.Date);

        Assert.True(measures[2].Deadline!.IsLongTerm);
        Assert.Empty(measures[2].Owners);

        Assert.Equal("党建办", measures[3].OwningUnit);
        Assert.Equal("考核指标压减至20项以内", measures[3].Standard);
        Assert.Equal(new LocalDate(2025, 9, 30), measures[3].Deadline!.Date);

        // The text stays as written: the suffix is read, not cut out.
        Assert.EndsWith("（责任人：党工委书记；责任单位：党政办公室；完成时限：2025年6月30日）", measures[0].Body);

        // The validator sees owner and deadline.
        var document = Fixture.Import("Import/owner-deadline.txt").Document;
        var findings = ReviewValidator.ValidateDocument(document);
        Assert.DoesNotContain(findings.Of("RM0012"), f => f.Location.ElementId == "M1");
        Assert.Contains(findings.Of("RM0011"), f => f.Location.ElementId == "M3");
    }
}
