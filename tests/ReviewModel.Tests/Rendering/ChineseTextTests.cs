using NodaTime;
using ReviewModel.Model;
using ReviewModel.Rendering;
using Xunit;

namespace ReviewModel.Tests.Rendering;

public class ChineseTextTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(3, "三")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    public void Numerals_come_from_Humanizer_in_Chinese(int number, string expected) =>
        Assert.Equal(expected, ChineseText.Numeral(number));

    [Fact]
    public void Markers_have_the_documents_forms()
    {
        Assert.Equal("三、", ChineseText.SectionNumber(3));
        Assert.Equal("（二）", ChineseText.HeadingNumber(2));
        Assert.Equal("(五)", ChineseText.HeadingNumber(5, HeadingNumberStyle.HalfWidth));
        Assert.Equal("四是", ChineseText.ItemMarker(4));
    }

    [Fact]
    public void Dates_are_official_and_round_trip()
    {
        Assert.Equal("2022年1月5日", ChineseText.FormatDate(new LocalDate(2022, 1, 5)));
        Assert.Equal(new LocalDate(2025, 6, 30), ChineseText.ParseDate("2025年6月30日"));
        Assert.Null(ChineseText.ParseDate("2022年x月x日"));
    }
}
