using ReviewModel.Samples;
using ReviewModel.Serialization;
using Xunit;

namespace ReviewModel.Tests.Serialization;

public class SampleJsonTests
{
    [Fact]
    public void The_sample_round_trips_through_json_to_an_equal_document()
    {
        var sample = PartyHistory2021Sample.Build();
        var back = ReviewJson.Deserialize(ReviewJson.Serialize(sample));
        Assert.Equal(sample, back);
        Assert.Equal(19, System.Linq.Enumerable.Count(back.AllProblems));
    }

    [Fact]
    public void Changing_one_character_breaks_equality()
    {
        var sample = PartyHistory2021Sample.Build();
        var json = ReviewJson.Serialize(sample).Replace("理论学习有待进一步深化。", "理论学习有待进一步深化！");
        Assert.NotEqual(sample, ReviewJson.Deserialize(json));
    }
}
