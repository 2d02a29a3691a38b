using System;
using System.IO;
using System.Linq;
using ReviewModel.Aspects;
using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Text;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Import;

public class SampleImportTests
{
    private static readonly ImportResult Result = Fixture.Import("sample.md");
    private static readonly ReviewDocument Document = Result.Document;
    private static readonly string[] Lines = Fixture.Text("sample.md").Replace("\r\n", "\n").Split('\n');

    [Fact]
    public void Recovers_the_sections_in_order()
    {
        Assert.Equal(
            new[] { SectionKind.Preparation, SectionKind.LastYearRectification, SectionKind.Problems, SectionKind.Causes, SectionKind.Measures },
            Document.Sections.Select(s => s.Kind));
        Assert.Equal("党史学习教育专题民主生活会对照检查材料", Document.Header.Title);
        Assert.Equal("专题民主生活会准备情况", Document.Preparation!.Heading);
        Assert.Equal("努力方向和整改措施", Document.Measures!.Heading);
        Assert.Single(Document.Preamble);
        Assert.StartsWith("根据省委《关于开好", Document.Preamble[0].Text);
    }

    [Fact]
    public void Recovers_five_aspects_with_3_3_4_5_4_problems_matched_to_the_2021_catalogue()
    {
        var aspects = Document.Problems!.Aspects;
        Assert.Equal(new[] { 3, 3, 4, 5, 4 }, aspects.Select(a => a.Problems.Count));
        Assert.Same(AspectCatalogues.PartyHistory2021, Document.Header.Catalogue);
        Assert.Equal(AspectCatalogues.PartyHistory2021.Aspects.Select(a => a.Id), aspects.Select(a => a.AspectId));
        Assert.EndsWith("坚决同一切违规违纪违法现象作斗争方面。", aspects[4].Heading);
        Assert.Equal(ItemLayout.Inline, aspects[1].Layout);
        Assert.Equal("市委常委会坚持认为，谋事创业是成事之基，始终坚持\"喊破嗓子，不如甩开膀子，做出样子\"，真抓实干、攻坚克难，善抓落实，积极谋事创业。但还在以下方面存在问题：", aspects[1].Intro.Single().Text);
        Assert.Equal(19, Document.AllProblems.Count());
        Assert.Equal(19, Document.AllProblems.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void Splits_problems_into_lead_body_and_examples_exactly_as_written()
    {
        var first = Document.Problems!.Aspects[0].Problems[0];
        Assert.Equal("在\"学懂\"上还有差距。", first.Lead);
        Assert.StartsWith("党委班子成员对通过学懂弄通", first.Body);
        var example = Assert.Single(first.Examples);
        Assert.StartsWith("比如，有的班子成员党委理论学习中心组学习有时流于形式", example.Text);
        Assert.EndsWith("笃行做实。", example.Text);

        var lastOfFifth = Document.Problems.Aspects[4].Problems[1];
        Assert.Equal("工作制度执行不严格。", lastOfFifth.Lead);
        Assert.StartsWith("如：部分党员领导干部", Assert.Single(lastOfFifth.Examples).Text);
    }

    [Fact]
    public void Recovers_preparation_last_year_causes_and_measures()
    {
        var preparation = Document.Preparation!;
        Assert.Equal(4, preparation.Steps.Count);
        Assert.Equal("高度重视，精心安排部署。", preparation.Steps[0].Lead);
        Assert.StartsWith("总之，通过前期扎实有效的工作", Assert.Single(preparation.Closing).Text);
        Assert.Null(preparation.OpinionsSolicited); // "xx条" is a placeholder

        var lastYear = Document.LastYearRectification!;
        Assert.Single(lastYear.Intro);
        Assert.Equal(3, lastYear.Items.Count);
        Assert.Single(lastYear.Closing);

        var causes = Document.Causes!.Causes;
        Assert.Equal(4, causes.Count);
        Assert.Equal(new[] { "理论学习有待进一步深化。", "担当精神有待进一步强化。", "宗旨意识有待进一步提升。", "制度建设有待进一步健全。" }, causes.Select(c => c.Title));

        var measures = Document.Measures!;
        Assert.Equal(5, measures.Measures.Count);
        Assert.Equal(HeadingNumberStyle.HalfWidth, measures.NumberStyle);
        Assert.Equal(new[] { 0, 0, 3, 3, 0 }, measures.Measures.Select(m => m.Items.Count));
        Assert.Equal("严守党的纪律，在整顿作风上出实招。", measures.Measures[2].Title);
        Assert.Equal("带头执行党的政治纪律。", measures.Measures[2].Items[0].Lead);
        Assert.Equal(ItemLayout.Inline, measures.Measures[2].ItemLayout);
        Assert.Single(measures.Intro);
    }

    [Fact]
    public void Every_element_points_at_its_first_character_in_the_file()
    {
        foreach (var problem in Document.AllProblems)
        {
            var at = problem.Source!;
            Assert.Equal("sample.md", at.File);
            var line = Lines[at.Line - 1];
            Assert.Equal(problem.Lead, line.Substring(at.Column - 1, problem.Lead.Length));
            foreach (var example in problem.Examples)
            {
                Assert.Equal(example.Text, Lines[example.Source!.Line - 1].Substring(example.Source.Column - 1, example.Text.Length));
            }
        }

        foreach (var measure in Document.AllMeasures)
        {
            Assert.Equal(measure.Title, Lines[measure.Source!.Line - 1].Substring(measure.Source.Column - 1, measure.Title.Length));
        }

        var heading = Document.Problems!.Source!;
        Assert.Equal("找准查实存在的突出问题", Lines[heading.Line - 1].Substring(heading.Column - 1, 11));
    }

    [Fact]
    public void Every_placeholder_is_found_at_its_position_in_the_file()
    {
        var findings = ReviewValidator.ValidateDocument(Document).Of(RuleCatalogue.PlaceholderLeft.Id).ToList();
        // The bold markers of the section headings (**一、…**) are markup, not asterisk masks.
        var expected = Lines.Skip(1).Sum(line => PlaceholderScanner.Scan(line.Replace("**", string.Empty)).Count);
        Assert.Equal(expected, findings.Count);
        Assert.True(findings.Count >= 14);
        foreach (var finding in findings)
        {
            var at = finding.Location.Source!;
            var placeholder = (string)finding.Arguments[0]!;
            Assert.Equal(placeholder, Lines[at.Line - 1].Substring(at.Column - 1, placeholder.Length));
        }
    }

    [Fact]
    public void Proposes_links_and_marks_them_inferred()
    {
        Assert.NotEmpty(Result.InferredLinks);
        var links = Document.AllMeasures.SelectMany(m => m.Addresses.Concat(m.Remedies)).Concat(Document.AllCauses.SelectMany(c => c.Explains)).ToList();
        Assert.All(links, l => Assert.True(l.IsInferred));
        Assert.Equal(Result.InferredLinks.Count, links.Count);

        // Five aspects and five measures: the n-th measure answers the n-th aspect.
        Assert.Equal(Document.Problems!.Aspects[0].Problems.Select(p => p.Id), Document.Measures!.Measures[0].Addresses.Select(l => l.TargetId));
        Assert.All(Result.InferredLinks.Where(l => l.Kind == InferredLinkKind.Addresses), l => Assert.Equal(InferredLinkBasis.SameOrder, l.Basis));

        // The links resolve: no RM0009, and the document builds strictly.
        Assert.Empty(ReviewValidator.ValidateDocument(Document).Of(RuleCatalogue.UnresolvedLink.Id));
    }

    [Fact]
    public void Without_link_inference_the_validator_reports_every_problem_unmapped()
    {
        var result = ReviewImporter.ImportFile(Fixture.PathOf("sample.md"), ImportOptions.Default.WithLinkInference(false));
        Assert.Empty(result.InferredLinks);
        Assert.Equal(19, ReviewValidator.ValidateDocument(result.Document).Of(RuleCatalogue.ProblemWithoutMeasure.Id).Count());
    }

    [Fact]
    public void Loses_no_text()
    {
        Assert.Null(ImportAccounting.Check(Fixture.Text("sample.md"), Result));
    }

    [Fact]
    public void Reads_the_header_from_the_opening()
    {
        Assert.True(Document.Header.IsThematic);
        Assert.Equal(MeetingKind.DemocraticLife, Document.Header.MeetingKind);
        Assert.Equal(SubjectKind.LeadershipTeam, Document.Header.Subject.Kind);
        Assert.Equal("省委", Document.Header.Notice!.Issuer);
        Assert.Equal("关于开好党史学习教育专题民主生活会的通知", Document.Header.Notice.Title);
        Assert.StartsWith("大力弘扬伟大建党精神", Document.Header.Theme);
        Assert.Null(Document.Header.MeetingDate); // 2022年x月x日
    }

    [Fact]
    public void Imports_the_same_structure_from_the_text_as_from_the_file()
    {
        var fromText = ReviewImporter.Import(File.ReadAllText(Fixture.PathOf("sample.md")), ImportOptions.Default.WithFile("sample.md"));
        Assert.Equal(Document, fromText.Document);
    }
}
