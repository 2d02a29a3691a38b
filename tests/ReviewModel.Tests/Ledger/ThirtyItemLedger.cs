using System.Linq;
using NodaTime;
using ReviewModel.Aspects;
using ReviewModel.Ledger;
using ReviewModel.Model;

namespace ReviewModel.Tests.Ledger;

/// <summary>A material whose ledger has exactly 30 entries: 15 problems, 10 measures each addressing 3 problems.</summary>
internal static class ThirtyItemLedger
{
    public static ReviewDocument Document() => ReviewDocument.Create(d => d
        .Header(h => h
            .Title("区委常委班子2024年度民主生活会对照检查材料")
            .LeadershipTeam("中共某区委员会", "区委常委班子")
            .DemocraticLifeMeeting()
            .MeetingDate(new LocalDate(2025, 1, 15))
            .Aspects(AspectCatalogues.Annual2024))
        .Preamble("按照区委统一部署，现将对照检查情况汇报如下。")
        .Problems(p =>
        {
            for (var aspect = 1; aspect <= 3; aspect++)
            {
                var a = aspect;
                p.Aspect(a, g =>
                {
                    for (var i = 1; i <= 5; i++)
                    {
                        g.Problem($"P{a}.{i}", $"第{a}方面第{i}个问题还不够到位。", $"具体表现为工作推进中存在差距（{a}-{i}）。");
                    }
                });
            }
        })
        .Measures(m =>
        {
            var problems = Enumerable.Range(1, 3).SelectMany(a => Enumerable.Range(1, 5).Select(i => $"P{a}.{i}")).ToArray();
            for (var k = 0; k < 10; k++)
            {
                var targets = new[] { problems[(k * 3) % 15], problems[(k * 3 + 1) % 15], problems[(k * 3 + 2) % 15] };
                var n = k;
                m.Measure($"M{k + 1}", $"第{k + 1}项整改措施。", $"每月推进一次，年内完成第{k + 1}项任务。", x =>
                {
                    if (n == 9)
                    {
                        x.LongTerm();
                    }
                    else
                    {
                        x.Deadline(new LocalDate(2025, 6 + (n % 6), 30 - (n % 2)));
                    }

                    x.Addresses(targets)
                    .Owner(n % 2 == 0 ? "区委书记" : "区长")
                    .OwningUnit(n % 3 == 0 ? "区委办公室" : "区委组织部")
                    .Standard($"形成第{n + 1}项工作台账");
                });
            }
        }));

    /// <summary>The ledger with some history already in it, as a department would have after a first round.</summary>
    public static RectificationLedger WithHistory()
    {
        var ledger = RectificationLedger.Create(Document());
        return ledger.Update(u => u
            .Entry(ledger.Entries[0].Key, e => e.Start(new LocalDate(2025, 2, 1), "区委办公室", "制定工作方案", "区委办〔2025〕1号"))
            .Entry(ledger.Entries[1].Key, e => e.Complete(new LocalDate(2025, 2, 20), "区委办公室", "完成专项整治", "整治报告.pdf"))
            .Entry(ledger.Entries[2].Key, e => e.KeepLongTerm(new LocalDate(2025, 2, 5), "", "纳入常态化机制"))
            .Entry(ledger.Entries[3].Key, e => e.Remark("需协调财政")));
    }
}
