using System.Linq;
using NodaTime;
using ReviewModel.Import;
using ReviewModel.Model;
using Xunit;

namespace ReviewModel.Tests.Import;

/// <summary>
/// A 整改清单 or a problem list copied from Word or a spreadsheet into text arrives as tab-separated rows: its rows
/// become measures or problems with their owners and deadlines, and any column the genre does not name is kept.
/// </summary>
public class TabSeparatedTableTests
{
    private const string Head = "某局党组2024年度民主生活会对照检查材料\n根据要求，会前集中学习研讨3次，征求意见建议28条。\n一、存在的问题\n（一）在理论学习方面\n1.学习不深。满足于读过了。\n2.运用不够。联系实际不紧。\n二、原因剖析\n（一）理想信念有所松懈。放松了学习。\n";

    [Fact]
    public void A_tab_separated_rectification_list_becomes_measures()
    {
        var text = Head + "三、整改措施\n序号\t整改措施\t责任人\t完成时限\t备注\n1\t加强学习，每月集中学习1次。\t张三\t2025年6月30日\t\n2\t深入调研，每季度调研1次。\t李四\t长期坚持\t与年度计划衔接\n";
        var result = ReviewImporter.Import(text, ImportOptions.Default.WithFile("t.txt"));
        var measures = result.Document.Measures!.Measures;
        Assert.Equal(2, measures.Count);
        Assert.Equal(new[] { "张三" }, measures[0].Owners);
        Assert.Equal(new LocalDate(2025, 6, 30), measures[0].Deadline!.Date);
        Assert.Equal(new[] { "李四" }, measures[1].Owners);
        Assert.True(measures[1].Deadline!.IsLongTerm);
        Assert.Contains("与年度计划衔接", measures[1].Title + measures[1].Body); // the 备注 column is kept
        Assert.Equal(12, measures[1].Source!.Line); // the row's own line
    }

    [Fact]
    public void A_tab_separated_problem_list_becomes_problems_with_their_details()
    {
        var text = "某局党组2024年度民主生活会对照检查材料\n根据要求，现报告如下。\n一、存在的问题\n序号\t存在问题\t具体表现\t责任领导\n1\t理论学习不深\t中心组学习以读文件代替研讨。\t王五\n2\t调查研究不够\t到基层调研次数偏少。\t王五\n二、原因剖析\n（一）理想信念有所松懈。放松了学习。\n";
        var problems = ReviewImporter.Import(text).Document.AllProblems.ToList();
        Assert.Equal(2, problems.Count);
        Assert.Equal("理论学习不深", problems[0].Lead.TrimEnd('。'));
        Assert.Contains("中心组学习以读文件代替研讨", problems[0].Body);
    }

    [Fact]
    public void Tab_separated_text_in_other_columns_is_left_as_it_is()
    {
        var text = Head + "三、整改措施\n（一）加强学习。每月集中学习1次。责任人：张三；完成时限：2025年6月30日。\n学习时间\t学习内容\n每月第一周\t党章党规\n";
        var result = ReviewImporter.Import(text);
        var measure = Assert.Single(result.Document.Measures!.Measures);
        Assert.Contains("党章党规", string.Join("", measure.Body, string.Join("", result.Document.Measures.Closing.Select(p => p.Text))));
    }
}
