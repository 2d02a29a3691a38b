using NodaTime;
using ReviewModel.Model;
using ReviewModel.Rendering;
using ReviewModel.Serialization;
using Xunit;

namespace ReviewModel.Tests.Rendering;

public class AccountabilityInTextTests
{
    private static ReviewDocument With(bool inText) => new(
        new DocumentHeader("标题", ReviewSubject.Team("某单位", "领导班子")),
        null,
        ValueList.Of<Section>(new MeasureSection(null, ValueList.Of(new Measure(
            "M1",
            "加强学习。",
            inText ? "每月学习2次（责任人：张三；完成时限：2025年6月30日）" : "每月学习2次",
            owners: ValueList.Of("张三"),
            deadline: Deadline.On(new LocalDate(2025, 6, 30)),
            accountabilityInText: inText)))));

    [Fact]
    public void Fields_are_rendered_as_a_suffix_when_the_text_does_not_say_them()
    {
        var text = new TextRenderer().Render(With(false));
        Assert.Contains("（一）加强学习。每月学习2次（责任人：张三；完成时限：2025年6月30日）", text);
    }

    [Fact]
    public void Fields_already_in_the_text_are_not_rendered_twice()
    {
        var text = new TextRenderer().Render(With(true));
        Assert.Contains("（一）加强学习。每月学习2次（责任人：张三；完成时限：2025年6月30日）", text);
        Assert.Equal(text.IndexOf("责任人", System.StringComparison.Ordinal), text.LastIndexOf("责任人", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_flag_survives_json() =>
        Assert.True(ReviewJson.Deserialize(ReviewJson.Serialize(With(true))).Measures!.Measures[0].AccountabilityInText);
}
