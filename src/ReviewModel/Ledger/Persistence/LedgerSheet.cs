using System.Collections.Generic;

namespace ReviewModel.Ledger.Persistence;

/// <summary>The 整改清单 sheet of a ledger workbook: its columns, in order, and their widths.</summary>
internal static class LedgerSheet
{
    public const string Name = "整改清单";
    public const string Number = "序号";
    public const string Key = "事项编号";
    public const string Problem = "存在问题（所属方面）";
    public const string Measure = "整改措施";
    public const string Owners = "责任人";
    public const string Unit = "责任单位";
    public const string Deadline = "完成时限";
    public const string Standard = "整改标准";
    public const string Status = "整改状态";
    public const string Log = "进展记录";
    public const string Date = "本次进展日期";
    public const string Progress = "本次进展情况";
    public const string Evidence = "佐证材料";
    public const string By = "填报人";
    public const string ClosedOn = "销号日期";
    public const string ClosedBy = "销号审批人";
    public const string Remark = "备注";

    public static IReadOnlyList<string> Columns { get; } = new[]
    {
        Number, Key, Problem, Measure, Owners, Unit, Deadline, Standard, Status, Log, Date, Progress, Evidence, By, ClosedOn, ClosedBy, Remark,
    };

    public static IReadOnlyList<double> Widths { get; } = new[] { 6d, 12, 36, 36, 12, 14, 15, 24, 10, 44, 15, 30, 22, 10, 15, 12, 20 };
}
