using NodaTime;
using ReviewModel.Ledger;

namespace ReviewModel.Tests.Ledger;

internal static class LedgerTestData
{
    public static readonly LocalDate Day1 = new(2025, 2, 10);
    public static readonly LocalDate Day2 = new(2025, 3, 20);
    public static readonly LocalDate Day3 = new(2025, 5, 30);

    /// <summary>The clean team document's ledger: P1.1/M1, P1.2/M1, P2.1/M2, P3.1/M3, P4.1/M4, all due 2025-06-30.</summary>
    public static RectificationLedger Team() => RectificationLedger.Create(TestDocuments.Team.Build());

    /// <summary>The first entry brought to <paramref name="status"/> by allowed steps (with evidence on the way).</summary>
    public static RectificationLedger FirstIn(RectificationStatus status)
    {
        var ledger = Team();
        return status switch
        {
            RectificationStatus.NotStarted => ledger,
            RectificationStatus.InProgress => ledger.Update(u => u.Entry("P1.1/M1", e => e.Start(Day1, "市委办公室", "制定学习计划"))),
            RectificationStatus.Completed => ledger.Update(u => u.Entry("P1.1/M1", e => e
                .Start(Day1, "市委办公室", "制定学习计划")
                .Complete(Day2, "市委办公室", "完成集中学习研讨十二次", "市委办〔2025〕3号"))),
            RectificationStatus.LongTerm => ledger.Update(u => u.Entry("P1.1/M1", e => e.KeepLongTerm(Day1, "市委办公室", "第一议题制度长期坚持"))),
            _ => ledger.Update(u => u.Entry("P1.1/M1", e => e
                .Complete(Day2, "市委办公室", "完成集中学习研讨十二次", "市委办〔2025〕3号")
                .Close(Day3, "市委书记"))),
        };
    }
}
