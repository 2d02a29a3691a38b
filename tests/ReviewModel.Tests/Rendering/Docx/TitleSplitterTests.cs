using System.Linq;
using CsCheck;
using ReviewModel.Rendering.Docx;
using Xunit;

namespace ReviewModel.Tests.Rendering.Docx;

public class TitleSplitterTests
{
    [Theory]
    [InlineData("党史学习教育专题民主生活会对照检查材料", "党史学习教育专题民主生活会对照检查材料")]
    [InlineData("中共某某市委员会常委班子2021年度党史学习教育专题民主生活会对照检查材料", "中共某某市委员会常委班子2021年度|党史学习教育专题民主生活会对照检查材料")]
    [InlineData("市委常委班子党史学习教育专题民主生活会对照检查材料", "市委常委班子党史学习教育|专题民主生活会对照检查材料")]
    public void Splits_where_a_reader_would(string title, string expected)
    {
        Assert.Equal(expected, string.Join("|", TitleSplitter.Split(title, 20)));
    }

    [Fact]
    public void Any_title_is_kept_whole_in_as_few_lines_as_fit()
    {
        Gen.String[Gen.OneOf(Gen.Char['\u4e00', '\u9fa5'], Gen.Char["0123456789ABC“”（）、，"]), 1, 120]
            .Where(t => t.Trim().Length > 0 && t == t.Trim())
            .Sample(title =>
            {
                var lines = TitleSplitter.Split(title, 20);
                Assert.Equal(title, string.Concat(lines));
                Assert.All(lines, l => Assert.InRange(l.Length, 1, 20));
                Assert.Equal((title.Length + 19) / 20, lines.Count);
            });
    }
}
