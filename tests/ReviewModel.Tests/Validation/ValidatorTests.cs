using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using NodaTime;
using ReviewModel.Model;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class ValidatorTests
{
    /// <summary>A document with a fault of every rule a team material can break.</summary>
    private static ReviewDocument Faulty() => (TestDocuments.Team with
    {
        LastYear = null, // RM0001
        Problems = p => p
            .Aspect(1, a => a.Problem("P1.1", "政治站位不高。", "xx项决策部署落实不到位，统筹推进的力度还有差距。")) // RM0007
            .Aspect(2, a => a.Problem("P2.1", "党性锻炼放松。", "组织生活质量不高。"))
            .Aspect(3, a => a.Problem("P3.1", "担当作为不够。", "攻坚克难勇气不足。")) // aspect 4 has none: RM0002
            .Ungrouped(a => a.Problem("P9.1", "调研不深。", "深入基层不够。")), // RM0003
        Causes = c => c
            .Cause("C1", "理论学习不深。", "学用结合不紧。", x => x.Explains("P1.1"))
            .Cause("C2", "纪律意识淡化。", "敬畏之心减弱。") // RM0006
            .Cause("C1", "宗旨意识淡化。", "对自身要求降低。", x => x.Explains("P2.1")), // RM0010; P3.1, P9.1: RM0008
        Measures = m => m
            .Measure("M1", "强化理论武装。", "每月学习一次。", x => x.Addresses("P1.1", "P404").Owner("书记").Deadline(TestDocuments.Due)) // RM0009
            .Measure("M2", "今后一定改正。", "切实改进作风。") // RM0005, RM0011, RM0012, RM0014
            .Measure("M3", "锤炼党性。", "每季度谈心一次。", x => x.Addresses("P2.1").Owner("副书记").Deadline(new LocalDate(2024, 12, 1))), // RM0013; P3.1, P9.1: RM0004
    }).AddExtra(d => d.Section(SectionKind.StudyReflection, s => s.Paragraph(new string('绩', 2000)))) // RM0015
      .BuildLenient();

    [Fact]
    public void Every_fault_is_reported_in_one_pass()
    {
        var result = Check.Validate(Faulty());

        var rules = result.Findings.Select(f => f.RuleId).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();
        Assert.Equal(Enumerable.Range(1, 15).Select(n => $"RM{n:0000}").ToArray(), rules);
        Assert.Equal(new[] { "problems.aspects[2].problems[0]", "problems.aspects[3].problems[0]" }, result.Of("RM0004").Select(f => f.Location.Path).ToArray());
        Assert.Equal(new[] { "P3.1", "P9.1" }, result.Of("RM0008").Select(f => f.Location.ElementId).ToArray());
        Assert.True(result.HasErrors);
        Assert.Equal(result.Findings.Count(f => f.Severity == RuleSeverity.Error), result.Count(RuleSeverity.Error));
        Assert.Equal(3, result.Count(RuleSeverity.Error)); // RM0001, RM0009, RM0010
    }

    [Fact]
    public void A_rule_can_be_raised_to_an_error_or_turned_off()
    {
        var document = (TestDocuments.Team with { Preamble = new[] { "于x月x日召开会议。" } }).Build();
        Assert.False(Check.Validate(document).HasErrors);

        var raised = Check.Validate(document, ValidationOptions.Default.WithSeverity("RM0007", RuleSeverity.Error));
        Assert.Equal(RuleSeverity.Error, Check.Single(raised, "RM0007").Severity);
        Assert.True(raised.HasErrors);

        var off = Check.Validate(document, ValidationOptions.Default.WithSeverity("rm0007", RuleSeverity.None));
        Assert.Empty(off.Findings);

        var lowered = Check.Validate(Faulty(), ValidationOptions.Default.WithSeverity("RM0009", RuleSeverity.Info));
        Assert.All(lowered.Of("RM0009"), f => Assert.Equal(RuleSeverity.Info, f.Severity));
    }

    [Fact]
    public void Options_are_immutable_and_reject_unknown_rules()
    {
        var changed = ValidationOptions.Default.WithSeverity("RM0007", RuleSeverity.None);
        Assert.Equal(RuleSeverity.Warning, ValidationOptions.Default.SeverityOf(RuleCatalogue.PlaceholderLeft));
        Assert.Equal(RuleSeverity.None, changed.SeverityOf(RuleCatalogue.PlaceholderLeft));
        var error = Assert.Throws<ArgumentException>(() => ValidationOptions.Default.WithSeverity("RM9999", RuleSeverity.Error));
        Assert.Contains("RM9999", error.Message);
        Assert.Equal("ruleId", Assert.Throws<ArgumentNullException>(() => ValidationOptions.Default.WithSeverity(null!, RuleSeverity.Error)).ParamName);
    }

    [Fact]
    public void Strict_raises_warnings_to_errors_and_leaves_information_and_errors_alone()
    {
        var strict = ValidationOptions.Default.Strict();
        foreach (var rule in RuleCatalogue.All)
        {
            var expected = rule.DefaultSeverity == RuleSeverity.Warning ? RuleSeverity.Error : rule.DefaultSeverity;
            Assert.Equal(expected, strict.SeverityOf(rule));
        }

        var result = Check.Validate(Faulty(), strict);
        Assert.All(result.Findings.Where(f => f.RuleId != "RM0015"), f => Assert.Equal(RuleSeverity.Error, f.Severity));
        Assert.Equal(RuleSeverity.Info, Check.Single(result, "RM0015").Severity);

        var offThenStrict = ValidationOptions.Default.WithSeverity("RM0007", RuleSeverity.None).Strict();
        Assert.Equal(RuleSeverity.None, offThenStrict.SeverityOf(RuleCatalogue.PlaceholderLeft));
    }

    [Fact]
    public void Messages_are_Chinese_by_default_and_English_on_request()
    {
        var document = (TestDocuments.Team with { Preamble = new[] { "于x月x日召开会议。" } }).AddMeasure("M5", "深化调研。", "每季度一次。", x => x.Addresses("P1.1").Deadline(TestDocuments.Due)).Build();

        var chinese = Check.Validate(document);
        Assert.Equal("占位符“x月x日”未替换", Check.Single(chinese, "RM0007").Message);
        Assert.Equal("整改措施“M5”没有明确责任人或责任单位", Check.Single(chinese, "RM0011").Message);

        var english = Check.Validate(document, ValidationOptions.Default.WithCulture(new CultureInfo("en")));
        Assert.Equal("Placeholder 'x月x日' is left in the text", Check.Single(english, "RM0007").Message);
        Assert.Equal("Measure 'M5' names no owner or owning unit", Check.Single(english, "RM0011").Message);

        var british = Check.Validate(document, ValidationOptions.Default.WithCulture(new CultureInfo("en-GB")));
        Assert.Equal("Measure 'M5' names no owner or owning unit", Check.Single(british, "RM0011").Message);
    }

    [Fact]
    public void A_waiver_by_element_id_marks_the_finding_without_losing_it()
    {
        var document = TestDocuments.Team
            .AddMeasure("M5", "深化调研。", "每季度一次。", x => x.Addresses("P1.1").Deadline(TestDocuments.Due))
            .AddExtra(d => d.Waive("RM0011", "M5", "由市委统一负责"));

        var result = Check.Validate(document);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("RM0011", finding.RuleId);
        Assert.True(finding.IsWaived);
        Assert.Equal("由市委统一负责", finding.Waiver!.Reason);
        Assert.Empty(result.Of("RM0011"));
        Assert.Empty(result.Active);
        Assert.Contains("已豁免", finding.ToString());
    }

    [Fact]
    public void A_waiver_by_path_covers_that_element_and_what_is_inside_it_only()
    {
        var preamble = Enumerable.Range(0, 11).Select(i => i is 1 or 10 ? "于x月x日召开会议。" : "会前认真准备。").ToArray();
        var document = (TestDocuments.Team with { Preamble = preamble })
            .AddMeasure("M5", "深化调研。", "组织xx名干部参加。", x => x.Addresses("P1.1").Owner("书记").Deadline(TestDocuments.Due))
            .AddExtra(d => d
                .Waive("RM0007", "preamble[1]", "会议日期待定")
                .Waive("RM0007", "measures[4]", "人数待定")
                .Waive("RM0011", "preamble[10]", "规则不同，不豁免"));

        var result = Check.Validate(document);

        var placeholders = result.Findings.Where(f => f.RuleId == "RM0007").ToList();
        Assert.Equal(new[] { "preamble[1]", "preamble[10]", "measures[4].body" }, placeholders.Select(f => f.Location.Path).ToArray());
        Assert.Equal(new[] { true, false, true }, placeholders.Select(f => f.IsWaived).ToArray());
        Assert.Equal("preamble[10]", Check.Single(result, "RM0007").Location.Path);
    }

    [Fact]
    public void Waived_errors_do_not_count_as_errors()
    {
        var document = TestDocuments.Team
            .AddMeasure("M5", "深化调研。", "每季度一次。", x => x.Addresses("P1.1", "P404").Owner("书记").Deadline(TestDocuments.Due))
            .AddExtra(d => d.Waive("RM0009", "M5", "问题编号待核对"))
            .BuildLenient();

        var result = Check.Validate(document);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.True(finding.IsWaived);
        Assert.False(result.HasErrors);
        Assert.Equal(0, result.Count(RuleSeverity.Error));
        Assert.True(Check.Validate(TestDocuments.Team.AddMeasure("M5", "深化调研。", "每季度一次。", x => x.Addresses("P1.1", "P404").Owner("书记").Deadline(TestDocuments.Due)).BuildLenient()).HasErrors);
    }

    [Fact]
    public void A_cancelled_validation_throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new ReviewValidator().Validate(TestDocuments.Team.Build(), source.Token));
    }

    [Fact]
    public void Validating_null_names_the_argument()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new ReviewValidator().Validate(null!));
        Assert.Equal("document", error.ParamName);
    }

    [Fact]
    public void The_validator_is_reusable_and_deterministic()
    {
        var validator = new ReviewValidator();
        var document = Faulty();
        var first = validator.Validate(document).Findings.Select(f => f.ToString()).ToArray();
        var second = validator.Validate(document).Findings.Select(f => f.ToString()).ToArray();
        Assert.Equal(first, second);
        Assert.Equal(first, ReviewValidator.ValidateDocument(document).Findings.Select(f => f.ToString()).ToArray());
    }

    [Fact]
    public void Free_section_paragraphs_are_reported_at_their_documented_path()
    {
        var document = TestDocuments.Team.AddExtra(d => d.Section(SectionKind.CaseAnalysis, s => s.Heading("反面典型案例剖析").Paragraph("通过剖析案例，深受警示。").Paragraph("xx案件教训深刻。")));

        var finding = Check.Single(Check.Validate(document), "RM0007");

        Assert.Equal("sections[5].paragraphs[1]", finding.Location.Path);
        Assert.Equal(0, finding.Location.Offset);
    }

    [Fact]
    public void Placeholders_in_owners_units_and_the_header_are_reported()
    {
        var document = (TestDocuments.Team with
        {
            Header = h => h.Title("市委常委班子民主生活会对照检查材料").LeadershipTeam("xx市委", "市委常委班子").Notice("xx省委", "关于召开民主生活会的通知").MeetingDate(TestDocuments.MeetingDay).Aspects(Aspects.AspectCatalogues.Annual2024),
        }).AddMeasure("M5", "深化调研。", "每季度一次。", x => x.Addresses("P1.1").Owner("xx同志").OwningUnit("xx办公室").Deadline(TestDocuments.Due));

        var paths = Check.Validate(document).Of("RM0007").Select(f => f.Location.Path).ToArray();

        Assert.Equal(new[] { "header.subject.organisation", "header.notice.issuer", "measures[4].owners[0]", "measures[4].owningUnit" }, paths);
    }
}
