using System;
using System.Globalization;
using Humanizer;
using NodaTime;
using ReviewModel.Model;
using ReviewModel.Text;
using Xunit;

namespace ReviewModel.Tests.Text;

public class ChineseTextTests
{
    private static readonly CultureInfo Chinese = new("zh-CN");

    [Theory]
    [InlineData(1, "一")]
    [InlineData(3, "三")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(105, "一百零五")]
    [InlineData(110, "一百一十")]
    [InlineData(1001, "一千零一")]
    [InlineData(10010, "一万零一十")]
    [InlineData(100000, "十万")]
    public void Numerals_are_the_documents_forms(int number, string expected) =>
        Assert.Equal(expected, ChineseText.Numeral(number));

    [Fact]
    public void Numerals_agree_with_Humanizer_which_the_core_cannot_depend_on()
    {
        // The core writes numerals itself (the compiler loads it; Humanizer would not load there):
        // Humanizer's zh-CN words are the reference it must agree with — exactly for the numbers that
        // numbering uses, and above 100 but for one deliberate difference: the standard 一百一十
        // (GB/T 15835 style, as in 一百一十项) where Humanizer writes 一百十.
        for (var n = 1; n < 100; n++)
        {
            Assert.Equal(n.ToWords(Chinese), ChineseText.Numeral(n));
        }

        for (var n = 100; n <= 20_000; n++)
        {
            Assert.Equal(n.ToWords(Chinese), HumanizerStyle(ChineseText.Numeral(n)));
        }

        foreach (var n in new[] { 99_999, 100_001, 1_000_000, 10_203_040, ChineseText.MaxNumeral })
        {
            Assert.Equal(n.ToWords(Chinese), HumanizerStyle(ChineseText.Numeral(n)));
        }

        static string HumanizerStyle(string numeral)
        {
            foreach (var unit in new[] { "百一十", "零一十" })
            {
                if (numeral.EndsWith(unit, StringComparison.Ordinal))
                {
                    return numeral.Substring(0, numeral.Length - 2) + "十";
                }

                numeral = numeral.Replace(unit + "万", unit.Substring(0, 1) + "十万");
            }

            return numeral;
        }
    }

    [Fact]
    public void Numerals_parse_back_to_their_value()
    {
        for (var n = 1; n <= 120_000; n += n < 2000 ? 1 : 37)
        {
            Assert.Equal(n, ChineseText.ParseNumeral(ChineseText.Numeral(n)));
        }

        Assert.Equal(ChineseText.MaxNumeral, ChineseText.ParseNumeral(ChineseText.Numeral(ChineseText.MaxNumeral)));
    }

    [Theory]
    [InlineData("两", 2)]
    [InlineData("贰拾叁", 23)]
    [InlineData("一十", 10)]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("零", null)]
    [InlineData("一零五", null)]
    [InlineData("百", null)]
    [InlineData("万", null)]
    [InlineData("一百百", null)]
    [InlineData("二二", null)]
    [InlineData("十a", null)]
    public void Variants_and_non_numerals_are_read_as_expected(string? text, int? expected) =>
        Assert.Equal(expected, ChineseText.ParseNumeral(text));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(ChineseText.MaxNumeral + 1)]
    public void Numbers_out_of_range_are_refused(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseText.Numeral(number));

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
        Assert.Equal(new LocalDate(2025, 6, 30), ChineseText.ParseDate("２０２５年６月３０日"));
        Assert.Null(ChineseText.ParseDate("2022年x月x日"));
        var date = new LocalDate(2019, 12, 31);
        Assert.Equal(date, ChineseText.ParseDate(ChineseText.FormatDate(date)));
    }

    [Fact]
    public void A_deadline_reads_in_the_official_form_without_the_rendering_layer() =>
        Assert.Equal("2022年6月30日", Deadline.On(new LocalDate(2022, 6, 30)).ToString());
}
