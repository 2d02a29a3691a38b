using System;
using System.Linq;
using ReviewModel.Aspects;
using ReviewModel.Building;
using ReviewModel.Model;
using Xunit;

namespace ReviewModel.Tests.Building;

/// <summary>Things a document has once, incomplete headers, aspect numbers, and building twice.</summary>
public class BuilderMisuseTests
{
    private static ReviewDocumentBuilder Minimal(Action<HeaderBuilder>? header = null) => ReviewDocument.CreateBuilder()
        .Header(header ?? (h => h.Title("对照检查材料").LeadershipTeam("某市委", "市委常委班子").Aspects(AspectCatalogues.Annual2024)));

    [Theory]
    [InlineData("header.title", "second title")]
    [InlineData("header.subject", "second subject")]
    [InlineData("header.catalogue", "second catalogue")]
    [InlineData("header.meetingDate", "second date")]
    [InlineData("header.theme", "second theme")]
    [InlineData("header.notice", "second notice")]
    public void A_header_part_set_twice_is_a_build_error_at_its_path(string path, string what)
    {
        Action<HeaderBuilder> act = what switch
        {
            "second title" => h => h.Title("甲").Title("乙"),
            "second subject" => h => h.LeadershipTeam("某市委", "市委常委班子").Individual("某市委", "张明"),
            "second catalogue" => h => h.Aspects(AspectCatalogues.Annual2024).Aspects(AspectCatalogues.Annual2025),
            "second date" => h => h.MeetingDate(TestDocuments.MeetingDay).MeetingDate(TestDocuments.Due),
            "second theme" => h => h.Theme("甲").Theme("乙"),
            _ => h => h.Notice("省委", "通知").Notice("市委", "通知"),
        };

        var error = Assert.Throws<ReviewBuildException>(() => ReviewDocument.CreateBuilder().Header(act));

        Assert.Equal(path, Assert.Single(error.Errors).Path);
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_problem_section_is_a_build_error()
    {
        var builder = Minimal().Problems(p => p.Aspect(1, a => a.Problem("P1", "领。", "正文。")));

        var error = Assert.Throws<ReviewBuildException>(() => builder.Problems(p => p.Aspect(2, a => a.Problem("P2", "领。", "正文。"))));

        Assert.Equal("problems", Assert.Single(error.Errors).Path);
    }

    [Theory]
    [InlineData(SectionKind.Preparation)]
    [InlineData(SectionKind.Causes)]
    [InlineData(SectionKind.Measures)]
    public void Every_structured_section_is_described_once(SectionKind kind)
    {
        var builder = Minimal();
        Action add = kind switch
        {
            SectionKind.Preparation => () => builder.Preparation(p => p.Step("一。", "二。")),
            SectionKind.Causes => () => builder.Causes(c => c.Intro("原因如下。")),
            _ => () => builder.Measures(m => m.Intro("措施如下。")),
        };
        add();
        Assert.Throws<ReviewBuildException>(add);
    }

    [Fact]
    public void A_structured_kind_is_refused_as_a_free_section()
    {
        var error = Assert.Throws<ReviewBuildException>(() => Minimal().Section(SectionKind.Problems, s => s.Paragraph("问题。")));
        Assert.Equal("sections[0]", Assert.Single(error.Errors).Path);
    }

    [Fact]
    public void Once_only_parts_of_a_measure_and_a_section_heading_are_build_errors()
    {
        Assert.Equal("measures[0].deadline", Assert.Throws<ReviewBuildException>(() =>
            Minimal().Measures(m => m.Measure("M1", "题。", "正文。", x => x.Deadline(TestDocuments.Due).LongTerm()))).Errors.Single().Path);
        Assert.Equal("measures[0].owningUnit", Assert.Throws<ReviewBuildException>(() =>
            Minimal().Measures(m => m.Measure("M1", "题。", "正文。", x => x.OwningUnit("甲").OwningUnit("乙")))).Errors.Single().Path);
        Assert.Equal("measures[0].standard", Assert.Throws<ReviewBuildException>(() =>
            Minimal().Measures(m => m.Measure("M1", "题。", "正文。", x => x.Standard("甲").Standard("乙")))).Errors.Single().Path);
        Assert.Equal("causes.heading", Assert.Throws<ReviewBuildException>(() =>
            Minimal().Causes(c => c.Heading("原因").Heading("根源"))).Errors.Single().Path);
        Assert.Equal("problems.aspects[0].heading", Assert.Throws<ReviewBuildException>(() =>
            Minimal().Problems(p => p.CustomAspect("在甲方面。", a => a.Heading("在乙方面。")))).Errors.Single().Path);
    }

    [Fact]
    public void A_missing_title_and_subject_are_both_listed()
    {
        var error = Assert.Throws<ReviewBuildException>(() => ReviewDocument.CreateBuilder().Preamble("开头。").Build());

        Assert.Equal(new[] { "header.title", "header.subject" }, error.Errors.Select(e => e.Path).ToArray());
        Assert.All(error.Errors, e => Assert.Null(e.RuleId));
    }

    [Fact]
    public void A_missing_title_is_a_build_error_in_lenient_mode_too()
    {
        var error = Assert.Throws<ReviewBuildException>(() => ReviewDocument.CreateBuilder().Header(h => h.LeadershipTeam("某市委", "市委常委班子")).BuildLenient());
        Assert.Equal("header.title", Assert.Single(error.Errors).Path);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void An_aspect_number_outside_the_catalogue_is_a_build_error(int number)
    {
        var builder = Minimal().Problems(p => p.Aspect(1, a => a.Problem("P1", "领。", "正文。")).Aspect(number, a => a.Problem("P2", "领。", "正文。")));

        var error = Assert.Throws<ReviewBuildException>(() => builder.Build());

        var single = Assert.Single(error.Errors);
        Assert.Equal("problems.aspects[1]", single.Path);
        Assert.Contains("2024-annual", single.Message);
        Assert.Contains(number.ToString(System.Globalization.CultureInfo.InvariantCulture), single.Message);
    }

    [Fact]
    public void An_aspect_number_without_a_catalogue_is_a_build_error()
    {
        var builder = Minimal(h => h.Title("材料").LeadershipTeam("某市委", "市委常委班子")).Problems(p => p.Aspect(1, a => a.Problem("P1", "领。", "正文。")));

        var error = Assert.Throws<ReviewBuildException>(() => builder.BuildLenient());

        Assert.Equal("problems.aspects[0]", Assert.Single(error.Errors).Path);
        Assert.Contains("Aspects", error.Message);
    }

    [Fact]
    public void Header_and_aspect_errors_come_in_one_exception()
    {
        var builder = ReviewDocument.CreateBuilder()
            .Header(h => h.Aspects(AspectCatalogues.Annual2024))
            .Problems(p => p.Aspect(9, a => a.Problem("P1", "领。", "正文。")));

        var error = Assert.Throws<ReviewBuildException>(() => builder.Build());

        Assert.Equal(new[] { "header.title", "header.subject", "problems.aspects[0]" }, error.Errors.Select(e => e.Path).ToArray());
    }

    [Fact]
    public void Building_twice_is_refused()
    {
        var builder = TestDocuments.Team.Describe();
        builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("Build()", error.Message);
        Assert.Throws<InvalidOperationException>(() => builder.BuildLenient());

        var lenient = TestDocuments.Team.Describe();
        lenient.BuildLenient();
        Assert.Throws<InvalidOperationException>(() => lenient.Build());
    }

    [Fact]
    public void A_failed_build_can_be_completed_and_built()
    {
        var builder = ReviewDocument.CreateBuilder().Preamble("开头。");
        Assert.Throws<ReviewBuildException>(() => builder.Build());

        builder.Header(h => h.Title("材料").LeadershipTeam("某市委", "市委常委班子"));
        Assert.Equal("材料", builder.Build().Header.Title);
    }

    [Fact]
    public void Waiving_an_unknown_rule_is_a_build_error()
    {
        var error = Assert.Throws<ReviewBuildException>(() => ReviewDocument.CreateBuilder().Waive("RM9999", "M1", "理由"));
        Assert.Equal("waivers[0]", Assert.Single(error.Errors).Path);
        Assert.Contains("RM9999", error.Message);
    }

    [Fact]
    public void A_built_document_keeps_everything_described()
    {
        var document = TestDocuments.Team.AddExtra(d => d.Waive("rm0011", "M1", "理由")).Build();

        Assert.Equal(new[] { SectionKind.Preparation, SectionKind.LastYearRectification, SectionKind.Problems, SectionKind.Causes, SectionKind.Measures }, document.Sections.Select(s => s.Kind).ToArray());
        Assert.Equal(new[] { "P1.1", "P1.2", "P2.1", "P3.1", "P4.1" }, document.AllProblems.Select(p => p.Id).ToArray());
        Assert.Equal(new[] { "2024-annual.1", "2024-annual.2", "2024-annual.3", "2024-annual.4" }, document.Problems!.Aspects.Select(a => a.AspectId).ToArray());
        var m1 = document.AllMeasures.First();
        Assert.Equal(new[] { "P1.1", "P1.2" }, m1.Addresses.Select(l => l.TargetId).ToArray());
        Assert.Equal("市委书记", Assert.Single(m1.Owners));
        Assert.Equal(TestDocuments.Due, m1.Deadline!.Date);
        Assert.Equal("理由", Assert.Single(document.Waivers).Reason);
    }
}
