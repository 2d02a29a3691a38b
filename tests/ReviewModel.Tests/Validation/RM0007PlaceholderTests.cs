using System.Linq;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0007PlaceholderTests
{
    [Fact]
    public void Fires_at_the_placeholder_in_a_preamble_paragraph()
    {
        const string text = "按照市委统一部署，市委常委班子于x月x日召开专题会议，现将有关情况汇报如下。";
        var finding = Check.Single(Check.Validate(TestDocuments.Team with { Preamble = new[] { text } }), "RM0007");

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("preamble[0]", finding.Location.Path);
        Assert.Null(finding.Location.ElementId);
        Check.Span(finding, text, "x月x日");
        Assert.Equal("占位符“x月x日”未替换", finding.Message);
    }

    [Fact]
    public void Fires_once_per_occurrence_with_the_element_and_field_of_each()
    {
        const string body = "每月开展xx次学习，组织【待补】名干部参加，20xx年底前完成。";
        var document = TestDocuments.Team.AddMeasure("M5", "深化学习。", body, x => x.Addresses("P1.1").Owner("书记").Deadline(TestDocuments.Due));

        var findings = Check.Validate(document).Of("RM0007").ToList();

        Assert.Equal(new[] { "xx次", "【待补】", "20xx年" }, findings.Select(f => (string)f.Arguments[0]!).ToArray());
        Assert.All(findings, f => Assert.Equal("measures[4].body", f.Location.Path));
        Assert.All(findings, f => Assert.Equal("M5", f.Location.ElementId));
        Check.Span(findings[0], body, "xx次");
        Check.Span(findings[1], body, "【待补】");
        Check.Span(findings[2], body, "20xx年");
    }

    [Fact]
    public void Fires_in_the_title_and_in_a_problem_example()
    {
        const string example = "比如，在202X年的调研中，班子成员下基层次数偏少。";
        var document = TestDocuments.Team with
        {
            Header = h => h.Title("xx市委常委班子民主生活会对照检查材料").LeadershipTeam("某市委", "市委常委班子").MeetingDate(TestDocuments.MeetingDay).Aspects(Aspects.AspectCatalogues.Annual2024),
        };
        document = (document with
        {
            Problems = p => TestDocuments.DefaultProblems(p.Aspect(1, a => a.Problem("P1.3", "调研不够深入。", "深入基层不够。", x => x.Example(example)))),
        }).AddMeasure("M5", "深化调研。", "每季度调研一次。", x => x.Addresses("P1.3").Owner("书记").Deadline(TestDocuments.Due))
          .AddCause("C4", "作风不实。", "满足于听汇报。", x => x.Explains("P1.3"));

        var findings = Check.Validate(document).Of("RM0007").ToList();

        Assert.Equal(2, findings.Count);
        Assert.Equal("header.title", findings[0].Location.Path);
        Assert.Equal(0, findings[0].Location.Offset);
        Assert.Equal(3, findings[0].Location.Length); // "xx市": the unit after the mask is part of it
        Assert.Equal("xx市", findings[0].Arguments[0]);
        Assert.Equal("problems.aspects[0].problems[0].examples[0]", findings[1].Location.Path);
        Assert.Equal("P1.3", findings[1].Location.ElementId);
        Check.Span(findings[1], example, "202X年");
    }

    [Fact]
    public void Silent_on_the_clean_document() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0007");

    [Fact]
    public void Silent_on_anonymisation_latin_words_and_products()
    {
        var document = TestDocuments.Team with
        {
            Preamble = new[] { "某区、某企业的做法值得借鉴；台账用Excel管理，max值取3×4的结果。" },
        };

        Check.Silent(Check.Validate(document), "RM0007");
    }

    [Fact]
    public void An_owner_read_out_of_the_measure_text_is_reported_once_at_its_position()
    {
        const string text = "某某党委班子2024年度民主生活会对照检查材料\n\n一、存在的问题\n\n（一）理论学习方面。学习不深入。\n\n二、原因分析\n\n（一）理论学习不够。\n\n三、整改措施\n\n（一）加强学习。责任人：xx，责任单位：xx办公室，完成时限：2025年6月底。\n";
        var imported = ReviewModel.Import.ReviewImporter.Import(text);
        var measure = imported.Document.AllMeasures.Single();
        Assert.True(measure.AccountabilityInText);
        Assert.Equal(new[] { "xx" }, measure.Owners);

        var findings = Check.Validate(imported.Document).Of("RM0007").ToList();

        // One finding per placeholder written in the text, each with its line; none again at .owners or .owningUnit.
        Assert.Equal(new[] { "xx", "xx" }, findings.Select(f => (string)f.Arguments[0]!).ToArray());
        Assert.All(findings, f => Assert.Equal(13, f.Location.Source!.Line));
        Assert.DoesNotContain(findings, f => f.Location.Path.Contains(".owners") || f.Location.Path.Contains(".owningUnit"));
    }

    [Fact]
    public void An_owner_given_in_code_is_reported_at_its_field()
    {
        var document = TestDocuments.Team.AddMeasure("M5", "深化学习。", "每月集中学习一次。", x => x.Addresses("P1.1").Owner("xx").Deadline(TestDocuments.Due));

        var finding = Check.Single(Check.Validate(document), "RM0007");

        Assert.EndsWith(".owners[0]", finding.Location.Path);
    }
}
