using System.Linq;
using CsCheck;
using ReviewModel.Text;
using Xunit;

namespace ReviewModel.Tests.Text;

public class PlaceholderScannerTests
{
    // Every form GENRE.md lists, inside ordinary text; the expected match as written (a unit
    // right after the mask — 年 月 日 人 次 市 … — is part of the match).
    [Theory]
    [InlineData("这是xx同志的发言。", "xx", 2)]
    [InlineData("XX单位报送材料。", "XX", 0)]
    [InlineData("共有xxx条意见。", "xxx条", 2)]
    [InlineData("××同志负责。", "××", 0)]
    [InlineData("于x月x日召开会议。", "x月x日", 1)]
    [InlineData("20xx年度民主生活会", "20xx年", 0)]
    [InlineData("在202X年的工作中", "202X年", 1)]
    [InlineData("*年度民主生活会", "*年", 0)]
    [InlineData("征求意见x人次。", "x人", 4)]
    [InlineData("开展谈心谈话【待补】次。", "【待补】", 6)]
    [InlineData("对**同志提出批评。", "**", 1)]
    [InlineData("ｘｘ同志", "ｘｘ", 0)]
    [InlineData("学习x-x篇文章", "x-x篇", 2)]
    [InlineData("读书＊＊本", "＊＊", 2)]
    public void Finds_every_form_the_genre_uses_at_its_position(string text, string expected, int start)
    {
        var match = Assert.Single(PlaceholderScanner.Scan(text));
        Assert.Equal(expected, match.Text);
        Assert.Equal(start, match.Start);
        Assert.Equal(expected.Length, match.Length);
        Assert.Equal(expected, text.Substring(match.Start, match.Length));
        Assert.True(PlaceholderScanner.ContainsPlaceholder(text));
    }

    [Fact]
    public void Reports_each_occurrence_once_in_order()
    {
        const string text = "xx同志于x月x日在xx市召开会议，XX、××参加，共xxx人，20xx年完成，【待补】。";

        var matches = PlaceholderScanner.Scan(text);

        Assert.Equal(new[] { "xx", "x月x日", "xx市", "XX", "××", "xxx人", "20xx年", "【待补】" }, matches.Select(m => m.Text).ToArray());
        Assert.All(matches, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
        Assert.Equal(matches.OrderBy(m => m.Start).Select(m => m.Start), matches.Select(m => m.Start));
    }

    [Theory]
    [InlineData("某区某企业的做法值得学习。")]
    [InlineData("某某同志是某单位的干部。")]
    [InlineData("用Excel建立整改台账。")]
    [InlineData("取max值。")]
    [InlineData("Xbox、xray、Linux、box和fox都不是占位符。")]
    [InlineData("会议室面积3×4米。")]
    [InlineData("面积10×20平方米。")]
    [InlineData("市委常委班子认真开展学习研讨，征求意见建议86条，开展谈心谈话120人次。")]
    [InlineData("2024年1月5日召开会议。")]
    [InlineData("a*b 与 2*3 是算式。")]
    [InlineData("括号不成对【待补")]
    [InlineData("")]
    [InlineData(null)]
    public void Ignores_anonymisation_latin_words_products_and_ordinary_text(string? text)
    {
        Assert.Empty(PlaceholderScanner.Scan(text));
        Assert.False(PlaceholderScanner.ContainsPlaceholder(text));
    }

    [Fact]
    public void A_bracket_that_closes_on_another_line_or_too_far_away_is_not_a_placeholder()
    {
        Assert.Empty(PlaceholderScanner.Scan("【待补\n】"));
        Assert.Empty(PlaceholderScanner.Scan("【" + new string('字', 60) + "】"));
        Assert.Equal("【】", Assert.Single(PlaceholderScanner.Scan("填写【】即可")).Text); // an empty slot is one too
    }

    [Fact]
    public void Never_throws_and_every_match_lies_inside_the_text_in_order_without_overlap()
    {
        // Characters the scanner looks at, and their neighbours, so that random strings hit every branch.
        var chars = Gen.Char["xX×ｘＸ*＊【】月日年人次至-～~度某区Excel max 0123456789。，\n字"];
        Gen.OneOf(Gen.String[chars, 0, 80], Gen.String).Sample(text =>
        {
            var matches = PlaceholderScanner.Scan(text);
            var end = 0;
            foreach (var match in matches)
            {
                Assert.True(match.Length > 0, $"empty match in \"{text}\"");
                Assert.True(match.Start >= end, $"overlapping or unordered match {match} in \"{text}\"");
                Assert.True(match.Start + match.Length <= text.Length, $"match {match} runs past \"{text}\"");
                Assert.Equal(text.Substring(match.Start, match.Length), match.Text);
                end = match.Start + match.Length;
            }
        }, iter: 20_000);
    }
}
