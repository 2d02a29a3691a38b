using System.Linq;
using ReviewModel.Ledger;
using ReviewModel.Model;
using ReviewModel.Rendering.Lists;
using ReviewModel.Samples;
using Xunit;

namespace ReviewModel.Tests.Ledger;

public class LedgerCreationTests
{
    [Fact]
    public void One_entry_per_problem_measure_link_with_the_measure_accountability()
    {
        var ledger = LedgerTestData.Team();
        Assert.Equal(new[] { "P1.1/M1", "P1.2/M1", "P2.1/M2", "P3.1/M3", "P4.1/M4" }, ledger.Entries.Select(e => e.Key));
        var first = ledger.Entries[0];
        Assert.Equal(("P1.1", "M1"), (first.ProblemId, first.MeasureId));
        Assert.Equal("政治站位还不够高。", first.Problem);
        Assert.Equal("强化理论武装。", first.Measure);
        Assert.Equal(new[] { "市委书记" }, first.Owners);
        Assert.Equal("市委办公室", first.OwningUnit);
        Assert.Equal(Deadline.On(TestDocuments.Due), first.Deadline);
        Assert.Equal(first.Deadline, first.OriginalDeadline);
        Assert.Equal("全年集中学习研讨不少于十二次", first.Standard);
        Assert.NotNull(first.Aspect);
        Assert.All(ledger.Entries, e => Assert.Equal(RectificationStatus.NotStarted, e.Status));
        Assert.All(ledger.Entries, e => Assert.Empty(e.Log));
        Assert.All(ledger.Entries, e => Assert.False(e.IsFlagged));
        Assert.Equal(TestDocuments.MeetingDay, ledger.MeetingDate);
    }

    [Fact]
    public void A_problem_without_measure_and_a_measure_without_problem_get_flagged_entries()
    {
        var document = TestDocuments.Team
            .AddProblems(p => p.Aspect(4, a => a.Problem("P4.2", "监督检查不够经常。", "对下级党组织的监督检查次数偏少。")))
            .AddMeasure("M5", "加强调查研究。", "每季度开展一次专题调研。", x => x.Owner("市委秘书长"))
            .Build();
        var ledger = RectificationLedger.Create(document);
        var orphan = ledger.Find("P4.2")!;
        Assert.Equal(LedgerEntryKind.ProblemWithoutMeasure, orphan.Kind);
        Assert.True(orphan.IsFlagged);
        Assert.Null(orphan.MeasureId);
        Assert.Equal(RectificationList.NoMeasure, orphan.Measure);
        var lonely = ledger.Find("M5")!;
        Assert.Equal(LedgerEntryKind.MeasureWithoutProblem, lonely.Kind);
        Assert.Null(lonely.ProblemId);
    }

    [Fact]
    public void The_sample_gives_one_entry_per_link_in_the_order_of_its_rectification_list()
    {
        var document = PartyHistory2021Sample.Build();
        var ledger = RectificationLedger.Create(document);
        var list = RectificationList.From(document);
        Assert.Equal(list.Entries.Count, ledger.Entries.Count);
        Assert.Equal(document.AllMeasures.Sum(m => m.Addresses.Count), ledger.Entries.Count);
        Assert.Equal(list.Entries.Select(e => (e.ProblemId, e.MeasureId)), ledger.Entries.Select(e => (e.ProblemId, e.MeasureId)));
        Assert.Equal(ledger.Entries.Count, ledger.Entries.Select(e => e.Key).Distinct().Count());
        Assert.All(ledger.Entries, e => Assert.Null(e.Deadline)); // the sample sets no deadline
    }
}
