using System.Collections.Generic;
using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Text;
using Xunit;

namespace ReviewModel.Tests.Import;

/// <summary>
/// Owner, unit, deadline and standard read from a measure's text in one pass: values are taken label by label in the
/// labels' order (not in text order), a label inside its own earlier value is part of that value, and a measure
/// read from the reused scratch buffer sees only its own text.
/// </summary>
public class AccountabilityParserTests
{
    [Fact]
    public void Owners_are_taken_label_by_label_each_once()
    {
        var result = AccountabilityParser.Parse(new StringText("（负责人：王五；责任人：张三、李四，责任领导：赵六、张三）"));

        Assert.Equal(new[] { "张三", "李四", "赵六", "王五" }, result.Owners);
    }

    [Fact]
    public void A_label_inside_its_own_value_is_part_of_the_value()
    {
        var result = AccountabilityParser.Parse(new StringText("责任人：张三责任人：李四"));

        Assert.Equal(new[] { "张三责任人：李四" }, result.Owners);
    }

    [Fact]
    public void Unit_standard_and_the_latest_labelled_deadline_are_read()
    {
        var result = AccountabilityParser.Parse(new StringText("整改目标为制度健全；牵头部门：办公室；责任单位：组织部；整改时限：2025年6月底；完成时限：2025年3月31日。"), 2025);

        Assert.Equal("组织部", result.OwningUnit);
        Assert.Equal("制度健全", result.Standard);
        Assert.Equal(Deadline.EndOfMonth(2025, 6), result.Deadline);
    }

    [Fact]
    public void A_measure_read_from_the_reused_buffer_sees_only_its_own_text()
    {
        var first = MeasureText.Parse(
            "强化理论武装。",
            "坚持每周集中学习，确保学深悟透，形成长效机制，推动学习成果转化为工作成效。",
            new List<NumberedItem> { new("一是完善制度。", "（责任人：张三；完成时限：2025年6月30日）") },
            2025);
        var second = MeasureText.Parse("加强作风建设。", "严格落实规定。", new List<NumberedItem>(), 2025);

        Assert.Equal(new[] { "张三" }, first.Owners);
        Assert.NotNull(first.Deadline);
        Assert.Empty(second.Owners);
        Assert.Null(second.Deadline);
    }

    [Fact]
    public void A_measure_reads_across_its_title_body_and_items_as_one_text()
    {
        // The title ends with the label and the body starts with its value: the text is read run together.
        var result = MeasureText.Parse("落实责任人", "：张三；", new List<NumberedItem> { new("完成时", "限：2025年底") }, null);

        Assert.Equal(new[] { "张三" }, result.Owners);
        Assert.Equal(Deadline.EndOfYear(2025), result.Deadline);
    }
}
