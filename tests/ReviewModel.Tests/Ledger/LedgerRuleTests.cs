using System;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using ReviewModel.Ledger;
using ReviewModel.Model;
using ReviewModel.Validation;
using Xunit;
using static ReviewModel.Tests.Ledger.LedgerTestData;

namespace ReviewModel.Tests.Ledger;

public class LedgerRuleTests
{
    private static readonly LocalDate Due = TestDocuments.Due; // 2025-06-30

    private static ValidationResult Check(RectificationLedger ledger, LocalDate today, LedgerCheckOptions? options = null) =>
        new LedgerValidator(FixedClock.On(today), options).Validate(ledger);

    [Theory]
    [InlineData(2025, 6, 15, 0, 0)]   // 15 days left: outside the 14-day window
    [InlineData(2025, 6, 16, 0, 5)]   // 14 days left: due soon
    [InlineData(2025, 6, 30, 0, 5)]   // the deadline itself: due soon (0 days), not overdue
    [InlineData(2025, 7, 1, 5, 0)]    // the day after: overdue by 1
    [InlineData(2026, 1, 1, 5, 0)]
    public void Overdue_and_due_soon_follow_the_clock(int year, int month, int day, int overdue, int dueSoon)
    {
        var today = new LocalDate(year, month, day);
        var result = Check(Team(), today);
        Assert.Equal(overdue, result.Of("RM0020").Count());
        Assert.Equal(dueSoon, result.Of("RM0021").Count());
        Assert.Equal(overdue, Team().Overdue(FixedClock.On(today)).Count());
        Assert.Equal(dueSoon, Team().DueWithin(FixedClock.On(today), 14).Count());
    }

    [Fact]
    public void Overdue_message_counts_days_and_names_the_entry_path_and_status()
    {
        var finding = Check(Team(), new LocalDate(2025, 7, 15)).Of("RM0020").First();
        Assert.Equal("entries[0].deadline", finding.Location.Path);
        Assert.Equal("P1.1/M1", finding.Location.ElementId);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("entries[0].deadline: warning RM0020: 整改事项“P1.1/M1”已逾期 15 天（完成时限 2025年6月30日，当前状态：未启动）", finding.ToString());

        var english = new LedgerValidator(FixedClock.On(new LocalDate(2025, 7, 15)), LedgerCheckOptions.Default.WithValidation(ValidationOptions.Default.WithCulture(new CultureInfo("en"))))
            .Validate(Team()).Of("RM0020").First();
        Assert.StartsWith("Rectification item 'P1.1/M1' is 15 days overdue", english.Message);
    }

    [Fact]
    public void Today_is_the_date_in_Shanghai_not_in_UTC()
    {
        // 2025-06-30 17:00 UTC is 2025-07-01 01:00 in Shanghai: overdue there.
        var clock = new FixedClock(Instant.FromUtc(2025, 6, 30, 17, 0));
        Assert.Equal(5, new LedgerValidator(clock).Validate(Team()).Of("RM0020").Count());
        Assert.Empty(new LedgerValidator(clock, LedgerCheckOptions.Default.WithZone(DateTimeZone.Utc)).Validate(Team()).Of("RM0020"));
        Assert.Equal(new LocalDate(2025, 7, 1), RectificationLedger.Today(clock));
    }

    [Fact]
    public void Only_open_entries_are_overdue_or_due_soon_and_the_window_is_configurable()
    {
        var ledger = Team().Update(u => u
            .Entry("P1.1/M1", e => e.Complete(Day2, "市委办公室", "完成", "纪要.pdf"))
            .Entry("P1.2/M1", e => e.KeepLongTerm(Day2, "市委办公室", "长期坚持"))
            .Entry("P2.1/M2", e => e.Start(Day2, "市委组织部", "开始")));
        var late = Check(ledger, new LocalDate(2025, 7, 2));
        Assert.Equal(new[] { "P2.1/M2", "P3.1/M3", "P4.1/M4" }, late.Of("RM0020").Select(f => f.Location.ElementId));

        Assert.Empty(Check(ledger, new LocalDate(2025, 6, 25), LedgerCheckOptions.Default.WithDueSoonDays(3)).Of("RM0021"));
        Assert.Equal(3, Check(ledger, new LocalDate(2025, 6, 27), LedgerCheckOptions.Default.WithDueSoonDays(3)).Of("RM0021").Count());
        Assert.Equal(RuleSeverity.Info, Check(ledger, new LocalDate(2025, 6, 27)).Of("RM0021").First().Severity);
        Assert.Throws<ArgumentOutOfRangeException>(() => LedgerCheckOptions.Default.WithDueSoonDays(-1));
    }

    [Fact]
    public void Completed_or_closed_without_evidence_is_reported_and_evidence_silences_it()
    {
        var done = Team().Update(u => u.Entry("P1.1/M1", e => e.Complete(Day3, "市委办公室", "完成集中学习")));
        var finding = Assert.Single(Check(done, Day3).Of("RM0022"));
        Assert.Equal("entries[0].status: warning RM0022: 整改事项“P1.1/M1”标为“已完成”，但进展记录中没有佐证材料", finding.ToString());

        var evidenced = done.Update(u => u.Entry("P1.1/M1", e => e.Progress(Day3, "市委办公室", "补充", "区委办〔2025〕12号")));
        Assert.Empty(Check(evidenced, Day3).Of("RM0022"));

        // A closed entry without evidence cannot be made through the API, but can come from a hand-edited file.
        var forged = new RectificationLedger(done.Document, done.Entries.Select((e, i) => i == 0 ? e.Change(status: RectificationStatus.Closed) : e).ToValueList());
        Assert.Contains("已销号", Assert.Single(Check(forged, Day3).Of("RM0022")).Message);
    }

    [Fact]
    public void A_deadline_changed_after_the_meeting_is_reported_with_both_dates()
    {
        var later = Team().Update(u => u.Entry("P1.1/M1", e => e.Deadline(Deadline.On(new LocalDate(2025, 9, 30)), new LocalDate(2025, 6, 1), "市委书记", "需与年度考核衔接")));
        var finding = Assert.Single(Check(later, Day1).Of("RM0023"));
        Assert.Equal("entries[0].deadline: warning RM0023: 整改事项“P1.1/M1”的完成时限在会后由 2025年6月30日 调整为 2025年9月30日", finding.ToString());
        Assert.Contains("需与年度考核衔接", later.Entries[0].Log.Single().What);

        // Moved back to the original: nothing to report.
        var back = later.Update(u => u.Entry("P1.1/M1", e => e.Deadline(Deadline.On(Due), new LocalDate(2025, 6, 2), "市委书记", "恢复原时限")));
        Assert.Empty(Check(back, Day1).Of("RM0023"));
    }

    [Fact]
    public void Severities_are_configured_and_waivers_in_the_material_apply()
    {
        var options = LedgerCheckOptions.Default.WithValidation(ValidationOptions.Default.WithSeverity("RM0020", RuleSeverity.Error).WithSeverity("RM0021", RuleSeverity.None));
        var result = Check(Team(), new LocalDate(2025, 7, 1), options);
        Assert.True(result.HasErrors);
        Assert.All(result.Of("RM0020"), f => Assert.Equal(RuleSeverity.Error, f.Severity));
        Assert.Empty(Check(Team(), new LocalDate(2025, 6, 30), options).Findings);

        var waived = RectificationLedger.Create(TestDocuments.Team.AddExtra(d => d
            .Waive("RM0020", "M1", "学习安排随省委调整")
            .Waive("RM0020", "P3.1/M3", "已报市委同意延期")).Build());
        var late = Check(waived, new LocalDate(2025, 7, 1));
        Assert.Equal(5, late.Findings.Count(f => f.RuleId == "RM0020"));
        Assert.Equal(new[] { "P2.1/M2", "P4.1/M4" }, late.Of("RM0020").Select(f => f.Location.ElementId));
        Assert.Equal("学习安排随省委调整", late.Findings.First(f => f.Location.ElementId == "P1.2/M1").Waiver!.Reason);
    }

    [Fact]
    public void The_help_page_examples_print_what_the_validator_prints()
    {
        Assert.Contains("// " + Check(Team(), new LocalDate(2025, 7, 15)).Of("RM0020").First(), HelpPage("RM0020"));
        var started = Team().Update(u => u.Entry("P1.1/M1", e => e.Start(Day1, "市委办公室", "开始")));
        Assert.Contains("// " + Check(started, new LocalDate(2025, 6, 20)).Of("RM0021").First(), HelpPage("RM0021"));
        var done = Team().Update(u => u.Entry("P1.1/M1", e => e.Complete(new LocalDate(2025, 5, 30), "区委办公室", "完成集中学习")));
        Assert.Contains("// " + Check(done, Day3).Of("RM0022").First(), HelpPage("RM0022"));
        var later = Team().Update(u => u.Entry("P1.1/M1", e => e.Deadline(Deadline.On(new LocalDate(2025, 9, 30)), new LocalDate(2025, 6, 1), "区委书记", "需与年度考核衔接")));
        Assert.Contains("// " + Check(later, Day1).Of("RM0023").First(), HelpPage("RM0023"));
    }

    private static string HelpPage(string id)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var page = Path.Combine(directory.FullName, "docs", "rules", id + ".md");
            if (File.Exists(Path.Combine(directory.FullName, "ReviewModel.sln")))
            {
                return File.ReadAllText(page);
            }
        }

        throw new InvalidOperationException("ReviewModel.sln not found");
    }
}
