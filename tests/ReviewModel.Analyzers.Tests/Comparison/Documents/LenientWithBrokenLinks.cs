using NodaTime;
using ReviewModel.Model;

namespace ReviewModel.Analyzers.Tests.Comparison;

/// <summary>
/// An individual's material built leniently (so the validator, not <c>Build()</c>, reports broken
/// links): a duplicate ID (RM0010), links to undeclared IDs and to the wrong kind (RM0009), and a
/// missing cause section (RM0001). Written with a <c>CreateBuilder()</c> local.
/// </summary>
public static class LenientWithBrokenLinks
{
    public static ReviewDocument Build()
    {
        var builder = ReviewDocument.CreateBuilder();
        builder.Header(h => h.Title("个人对照检查材料").Individual("某单位", "张三", "科长").OrganisationalLifeMeeting());
        builder.Problems(p => p.CustomAspect("在学习贯彻方面。", a => a
            .Problem("P1", "学习不够深入。", "学用脱节。")
            .Problem("P1", "调查研究不够。", "下基层少。")
            .Problem("P2", "担当不够。", "遇到难题绕着走。")));
        builder.Measures(m => m
            .Measure("M1", "加强学习。", "每周自学不少于3小时。", x => x.Addresses("P1", "P9").Owner("本人").Deadline(new LocalDate(2025, 6, 30)))
            .Measure("M2", "主动担当。", "牵头解决难题2个。", x => x.Addresses("M1").Remedies("C1").Owner("本人").LongTerm()));
        return builder.BuildLenient();
    }
}
