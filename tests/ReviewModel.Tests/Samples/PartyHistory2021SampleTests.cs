using System.Linq;
using ReviewModel.Aspects;
using ReviewModel.Model;
using ReviewModel.Samples;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Samples;

public class PartyHistory2021SampleTests
{
    private static readonly ReviewDocument Sample = PartyHistory2021Sample.Build();

    [Fact]
    public void Header_describes_the_standing_committees_thematic_meeting()
    {
        var header = Sample.Header;
        Assert.Equal("党史学习教育专题民主生活会对照检查材料", header.Title);
        Assert.Equal(SubjectKind.LeadershipTeam, header.Subject.Kind);
        Assert.Equal("市委常委班子", header.Subject.Name);
        Assert.Equal(MeetingKind.DemocraticLife, header.MeetingKind);
        Assert.True(header.IsThematic);
        Assert.Null(header.MeetingDate);
        Assert.Equal("省委《关于开好党史学习教育专题民主生活会的通知》", header.Notice!.ToString());
        Assert.Same(AspectCatalogues.PartyHistory2021, header.Catalogue);
        Assert.Contains(header.Theme!, Sample.Preamble[0].Text);
    }

    [Fact]
    public void Sections_have_the_samples_structure()
    {
        Assert.Equal(
            new[] { SectionKind.Preparation, SectionKind.LastYearRectification, SectionKind.Problems, SectionKind.Causes, SectionKind.Measures },
            Sample.Sections.Select(s => s.Kind));
        Assert.Equal(4, Sample.Preparation!.Steps.Count);
        Assert.Single(Sample.Preparation.Closing);
        Assert.Single(Sample.LastYearRectification!.Intro);
        Assert.Equal(3, Sample.LastYearRectification.Items.Count);
        Assert.Single(Sample.LastYearRectification.Closing);
    }

    [Fact]
    public void Problems_are_grouped_under_the_five_aspects_3_3_4_5_4()
    {
        var groups = Sample.Problems!.Aspects;
        Assert.Equal(new[] { 3, 3, 4, 5, 4 }, groups.Select(g => g.Problems.Count));
        Assert.Equal(AspectCatalogues.PartyHistory2021.Aspects.Select(a => a.Id), groups.Select(g => g.AspectId));
        Assert.All(groups, g => Assert.Equal(ItemLayout.Inline, g.Layout));
        Assert.Equal(new[] { 0, 1, 1, 0, 0 }, groups.Select(g => g.Intro.Count));
        Assert.EndsWith("但还在以下方面存在问题：", groups[1].Intro[0].Text);
        Assert.Equal(
            new[] { "P1.1", "P1.2", "P1.3", "P2.1", "P2.2", "P2.3", "P3.1", "P3.2", "P3.3", "P3.4", "P4.1", "P4.2", "P4.3", "P4.4", "P4.5", "P5.1", "P5.2", "P5.3", "P5.4" },
            Sample.AllProblems.Select(p => p.Id));
        Assert.Equal(
            new[] { "P1.1", "P1.2", "P1.3", "P3.4", "P4.1", "P4.2", "P5.2" },
            Sample.AllProblems.Where(p => p.Examples.Count > 0).Select(p => p.Id));
        Assert.All(
            Sample.AllProblems.SelectMany(p => p.Examples),
            e => Assert.True(e.Text.StartsWith("比如", System.StringComparison.Ordinal) || e.Text.StartsWith("如", System.StringComparison.Ordinal), e.Text));
    }

    [Fact]
    public void Causes_and_measures_have_the_samples_structure()
    {
        Assert.Equal(new[] { "C1", "C2", "C3", "C4" }, Sample.AllCauses.Select(c => c.Id));
        Assert.Equal("理论学习有待进一步深化。", Sample.AllCauses.First().Title);
        var measures = Sample.Measures!;
        Assert.Equal(HeadingNumberStyle.HalfWidth, measures.NumberStyle);
        Assert.Single(measures.Intro);
        Assert.Equal(new[] { "M1", "M2", "M3", "M4", "M5" }, measures.Measures.Select(m => m.Id));
        Assert.Equal(new[] { 0, 0, 3, 3, 0 }, measures.Measures.Select(m => m.Items.Count));
        Assert.Equal("带头执行党的政治纪律。", measures.Measures[2].Items[0].Lead);
        Assert.All(measures.Measures, m => Assert.True(m.Owners.IsEmpty && m.OwningUnit is null && m.Deadline is null && m.Standard is null));
    }

    [Fact]
    public void Every_link_is_explicit_and_covers_everything()
    {
        var problemIds = Sample.AllProblems.Select(p => p.Id).ToList();
        var explained = Sample.AllCauses.SelectMany(c => c.Explains).Select(l => l.TargetId).ToHashSet();
        var addressed = Sample.AllMeasures.SelectMany(m => m.Addresses).Select(l => l.TargetId).ToHashSet();

        Assert.All(problemIds, id => Assert.Contains(id, explained));
        Assert.All(problemIds, id => Assert.Contains(id, addressed));
        Assert.All(Sample.AllCauses, c => Assert.NotEmpty(c.Explains));
        Assert.All(Sample.AllMeasures, m => Assert.NotEmpty(m.Addresses));
        Assert.All(Sample.AllMeasures, m => Assert.NotEmpty(m.Remedies));
        Assert.All(Sample.AllCauses.SelectMany(c => c.Explains).Concat(Sample.AllMeasures.SelectMany(m => m.Addresses.Concat(m.Remedies))), l => Assert.False(l.IsInferred));
    }

    [Fact]
    public void The_links_are_the_ones_documented_in_samples_README()
    {
        Assert.Equal(
            new[]
            {
                "C1 → P1.1 P1.2 P1.3 P3.1 P3.2 P4.2",
                "C2 → P2.2 P3.3 P3.4 P4.2 P4.3 P4.5",
                "C3 → P2.1 P2.3 P3.2 P4.1",
                "C4 → P2.1 P3.1 P3.3 P4.4 P5.1 P5.2 P5.3 P5.4",
            },
            Sample.AllCauses.Select(c => c.Id + " → " + string.Join(" ", c.Explains.Select(l => l.TargetId))));
        Assert.Equal(
            new[]
            {
                "M1 → P1.1 P1.2 P1.3 P2.1 / C1",
                "M2 → P2.3 P4.1 P4.2 / C3",
                "M3 → P2.2 P3.1 P3.3 P5.1 P5.2 / C2 C4",
                "M4 → P2.2 P3.4 P4.1 P4.2 P4.3 P4.5 P5.3 P5.4 / C2 C4",
                "M5 → P2.1 P3.2 P4.4 / C4",
            },
            Sample.AllMeasures.Select(m => m.Id + " → " + string.Join(" ", m.Addresses.Select(l => l.TargetId)) + " / " + string.Join(" ", m.Remedies.Select(l => l.TargetId))));
    }

    [Fact]
    public void Validation_reports_the_placeholders_and_no_link_findings()
    {
        var result = ReviewValidator.ValidateDocument(Sample);

        var placeholders = result.Of("RM0007").Select(f => (string)f.Arguments[0]!).ToList();
        Assert.Contains("x月x日", placeholders);
        Assert.Contains("xx条", placeholders);
        Assert.Contains(placeholders, p => p.StartsWith("xx", System.StringComparison.Ordinal) && Sample.Preparation!.Steps[2].Body.Contains(p + "余人次", System.StringComparison.Ordinal));
        Assert.Contains("20xx年", placeholders);
        Assert.Contains("xx市", placeholders);
        var preamble = Assert.Single(result.Of("RM0007"), f => f.Location.Path == "preamble[0]");
        Assert.Equal("x月x日", preamble.Arguments[0]);
        Assert.Equal(Sample.Preamble[0].Text.IndexOf("x月x日", System.StringComparison.Ordinal), preamble.Location.Offset);

        // Every placeholder the sample leaves, once each, where it is.
        Assert.Equal(
            new[]
            {
                "preamble[0]: x月x日", "preparation.steps[2]: xx条", "preparation.steps[2]: xx", "lastYear.intro[0]: 20xx年",
                "lastYear.items[0]: x天", "lastYear.items[0]: xx次", "lastYear.items[0]: x-x篇", "problems.aspects[0].problems[2].body: xx市",
                "problems.aspects[0].problems[2].examples[0]: xx", "problems.aspects[0].problems[2].examples[0]: xxx",
                "problems.aspects[0].problems[2].examples[0]: xx", "problems.aspects[3].problems[0].examples[0]: x个",
                "measures[0].body: x次", "measures[0].body: x篇",
            },
            result.Of("RM0007").Select(f => f.Location.Path + ": " + f.Arguments[0]));

        foreach (var rule in new[] { "RM0001", "RM0002", "RM0003", "RM0004", "RM0005", "RM0006", "RM0008", "RM0009", "RM0010", "RM0013", "RM0016" })
        {
            Assert.Empty(result.Of(rule));
        }

        // The sample names nobody responsible and no deadline: that is reported, for every measure.
        Assert.Equal(new[] { "M1", "M2", "M3", "M4", "M5" }, result.Of("RM0011").Select(f => f.Location.ElementId));
        Assert.Equal(new[] { "M1", "M2", "M3", "M4", "M5" }, result.Of("RM0012").Select(f => f.Location.ElementId));
    }
}
