using System.Linq;
using ReviewModel.Ledger;
using Xunit;
using static ReviewModel.Tests.Ledger.LedgerTestData;

namespace ReviewModel.Tests.Ledger;

public class LedgerTransitionTests
{
    // The table as docs/ledger.md states it, written out independently of LedgerTransitions.
    private static readonly (RectificationStatus From, RectificationStatus To)[] Allowed =
    {
        (RectificationStatus.NotStarted, RectificationStatus.InProgress),
        (RectificationStatus.NotStarted, RectificationStatus.Completed),
        (RectificationStatus.NotStarted, RectificationStatus.LongTerm),
        (RectificationStatus.InProgress, RectificationStatus.Completed),
        (RectificationStatus.InProgress, RectificationStatus.LongTerm),
        (RectificationStatus.Completed, RectificationStatus.InProgress),
        (RectificationStatus.Completed, RectificationStatus.Closed),
        (RectificationStatus.LongTerm, RectificationStatus.Completed),
    };

    public static TheoryData<RectificationStatus, RectificationStatus> Pairs()
    {
        var data = new TheoryData<RectificationStatus, RectificationStatus>();
        foreach (var from in RectificationStatuses.All)
        {
            foreach (var to in RectificationStatuses.All)
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Every_change_is_allowed_or_refused_as_the_table_says(RectificationStatus from, RectificationStatus to)
    {
        var ledger = FirstIn(from);
        Assert.Equal(from, ledger.Entries[0].Status);
        var expected = Allowed.Contains((from, to));
        Assert.Equal(expected, LedgerTransitions.IsAllowed(from, to));

        var when = Day3.PlusDays(1);
        void Change(EntryUpdater e)
        {
            if (to == RectificationStatus.Closed)
            {
                e.Close(when, "市委书记");
            }
            else
            {
                e.Status(to, when, "市委办公室", "状态变更", "佐证.pdf");
            }
        }

        if (expected)
        {
            var after = ledger.Update(u => u.Entry("P1.1/M1", Change));
            Assert.Equal(to, after.Entries[0].Status);
            Assert.Equal(to, after.Entries[0].Log.Last().Status);
            Assert.Equal(when, after.Entries[0].Log.Last().Date);
            Assert.Equal(ledger.Entries.Skip(1), after.Entries.Skip(1));
            Assert.Equal(from, ledger.Entries[0].Status); // the snapshot it was made on is unchanged
        }
        else
        {
            var error = Assert.Throws<LedgerUpdateException>(() => ledger.Update(u => u.Entry("P1.1/M1", Change)));
            Assert.StartsWith("entries[0] (P1.1/M1).status: ", error.Message);
            Assert.Equal("entries[0].status", error.Path);
            Assert.Equal(LedgerTransitions.WhyRefused(from, to), error.Reason);
            Assert.Contains(from.Name(), error.Message);
        }
    }

    [Fact]
    public void Closing_needs_evidence_an_approver_and_a_date_not_before_completion()
    {
        var withoutEvidence = Team().Update(u => u.Entry("P1.1/M1", e => e.Complete(Day2, "市委办公室", "完成学习")));
        var error = Assert.Throws<LedgerUpdateException>(() => withoutEvidence.Update(u => u.Entry("P1.1/M1", e => e.Close(Day3, "市委书记"))));
        Assert.Equal("entries[0] (P1.1/M1).status: 销号须有佐证材料：进展记录中没有任何佐证 (closing needs evidence; the log has none).", error.Message);

        // Evidence recorded later counts.
        var evidenced = withoutEvidence.Update(u => u.Entry("P1.1/M1", e => e.Progress(Day3, "市委办公室", "补充佐证", "学习记录.pdf")));
        var closed = evidenced.Update(u => u.Entry("P1.1/M1", e => e.Close(Day3, "市委书记")));
        Assert.Equal(RectificationStatus.Closed, closed.Entries[0].Status);
        Assert.Equal(Day3, closed.Entries[0].ClosedOn);
        Assert.Equal("市委书记", closed.Entries[0].ClosedBy);

        Assert.Equal("entries[0] (P1.1/M1).closedBy: 销号须写明审批人 (closing needs the approver).",
            Assert.Throws<LedgerUpdateException>(() => evidenced.Update(u => u.Entry("P1.1/M1", e => e.Close(Day3, " ")))).Message);
        Assert.Contains("早于完成日期",
            Assert.Throws<LedgerUpdateException>(() => evidenced.Update(u => u.Entry("P1.1/M1", e => e.Close(Day1, "市委书记")))).Message);

        // Status(已销号) is not a back door around Close.
        Assert.Contains("Close(",
            Assert.Throws<LedgerUpdateException>(() => evidenced.Update(u => u.Entry("P1.1/M1", e => e.Status(RectificationStatus.Closed, Day3, "x", "销号")))).Message);
    }

    [Fact]
    public void Nothing_is_recorded_after_closing_and_a_refused_change_leaves_no_half_done_update()
    {
        var closed = FirstIn(RectificationStatus.Closed);
        Assert.Contains("已销号", Assert.Throws<LedgerUpdateException>(() => closed.Update(u => u.Entry("P1.1/M1", e => e.Progress(Day3, "x", "再记一笔")))).Message);

        var ledger = Team();
        Assert.Throws<LedgerUpdateException>(() => ledger.Update(u => u
            .Entry("P1.2/M1", e => e.Start(Day1, "市委办公室", "开始"))
            .Entry("P1.1/M1", e => e.Close(Day1, "市委书记"))));
        Assert.All(ledger.Entries, e => Assert.Equal(RectificationStatus.NotStarted, e.Status));
    }

    [Fact]
    public void Unknown_keys_and_blank_values_are_refused_with_the_path()
    {
        var ledger = Team();
        Assert.Equal("entries: 台账中没有事项“P9/M9” (no entry with key 'P9/M9').",
            Assert.Throws<LedgerUpdateException>(() => ledger.Update(u => u.Entry("P9/M9", e => e.Start(Day1, "x", "y")))).Message);
        Assert.Equal("entries[2] (P2.1/M2).log: 进展情况不能为空 (log must not be blank).",
            Assert.Throws<LedgerUpdateException>(() => ledger.Update(u => u.Entry("P2.1/M2", e => e.Progress(Day1, "x", " ")))).Message);
        Assert.Contains("佐证材料为空",
            Assert.Throws<LedgerUpdateException>(() => ledger.Update(u => u.Entry("P2.1/M2", e => e.Progress(Day1, "x", "y", "")))).Message);
        Assert.Contains("没有措施“M9”", Assert.Throws<LedgerUpdateException>(() => ledger.Update(u => u.Measure("M9", e => e.Start(Day1, "x", "y")))).Message);
    }

    [Fact]
    public void A_measure_update_changes_every_entry_of_the_measure()
    {
        var ledger = Team().Update(u => u.Measure("M1", e => e.Start(Day1, "市委办公室", "制定计划")));
        Assert.Equal(new[] { RectificationStatus.InProgress, RectificationStatus.InProgress, RectificationStatus.NotStarted },
            ledger.Entries.Take(3).Select(e => e.Status));
    }

    [Fact]
    public void Status_names_parse_and_format_in_Chinese_and_English_member_names()
    {
        Assert.Equal(new[] { "未启动", "推进中", "已完成", "长期坚持", "已销号" }, RectificationStatuses.All.Select(s => s.Name()));
        Assert.True(RectificationStatuses.TryParse(" 推进中 ", out var s1));
        Assert.Equal(RectificationStatus.InProgress, s1);
        Assert.True(RectificationStatuses.TryParse("closed", out var s2));
        Assert.Equal(RectificationStatus.Closed, s2);
        Assert.False(RectificationStatuses.TryParse("进行中", out _));
        Assert.False(RectificationStatuses.TryParse(null, out _));
    }
}
