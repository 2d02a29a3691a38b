using System;
using System.Linq;
using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Import;

/// <summary>
/// A material copied from a web page brings the page with it: a metadata line under the title and a list of
/// links at the end. Both are skipped with RMI001, and nothing of the material is lost.
/// </summary>
public class WebChromeTests
{
    private const string Body = "根据要求，我认真学习，征求意见建议12条。现对照检查如下。\n一、存在的问题\n（一）在理论学习方面\n一是学习不深。满足于读过了。\n二是运用不够。联系实际不紧。\n二、原因剖析\n（一）理想信念有所松懈。放松了学习。\n三、整改措施\n（一）加强学习。每月自学不少于4次，2025年6月底前完成。\n";

    [Theory]
    [InlineData("网站:公文素材库 | 时间:2025-01-14 07:56:35 | 移动端:2024年度民主生活会个人对照检查材料")]
    [InlineData("来源：本站原创　丨　作者：佚名　丨　栏目：范文")]
    [InlineData("2025-01-14 07:56　公文素材库")]
    [InlineData("2025/1/14 07:56:35")]
    public void A_metadata_line_under_the_title_is_skipped(string chrome)
    {
        var text = "2024年度民主生活会个人对照检查材料\n" + chrome + "\n" + Body;
        var result = ReviewImporter.Import(text);
        Assert.Contains(result.Skipped, p => p.Text == chrome);
        Assert.Contains(result.Diagnostics, d => d.Code == RuleCatalogue.ChromeSkipped.Id);
        Assert.DoesNotContain(chrome, string.Join("\n", result.Document.Preamble.Select(p => p.Text)));
    }

    [Fact]
    public void Chrome_before_the_title_after_blank_lines_is_reported_at_its_first_line()
    {
        // Blank lines have no position of their own: the note points at the first chrome line, not at a blank line above it.
        var result = ReviewImporter.Import("\n\n首页 > 范文 > 民主生活会\n浏览次数：35\n\n2024年度民主生活会个人对照检查材料\n" + Body);
        var note = Assert.Single(result.Diagnostics, d => d.Code == RuleCatalogue.ChromeSkipped.Id);
        Assert.Equal((3, 1), (note.Source!.Line, note.Source.Column));
        Assert.Equal(new[] { "首页 > 范文 > 民主生活会", "浏览次数：35" }, result.Skipped.Select(p => p.Text));
    }

    [Theory]
    [InlineData("原文链接：http://www.example.com/a.html", true)]
    [InlineData("更多范文请访问 https://example.cn", true)]
    [InlineData("访问 www.example.com 获取更多", true)]
    [InlineData("首页 > 范文 > 民主生活会", true)]
    [InlineData("首页 › 范文", false)]
    [InlineData("坚持问题导向：对照检查了在思想认识、担当作为等方面的不足。", false)]
    [InlineData("按照 http 协议规范的要求整改", false)]
    public void A_line_is_navigation_when_it_holds_two_separators_or_a_link(string line, bool expected)
    {
        Assert.Equal(expected, WebChrome.IsBreadcrumb(line.AsSpan()));
    }

    [Fact]
    public void The_link_list_a_page_ends_with_is_skipped_to_the_end()
    {
        var tail = new[] { "相关阅读", "【民主生活会】2023年度民主生活会个人对照检查材料", "2024年度组织生活会发言提纲", "上一篇：党支部书记述职报告" };
        var result = ReviewImporter.Import("2024年度民主生活会个人对照检查材料\n" + Body + string.Join("\n", tail) + "\n");
        foreach (var line in tail)
        {
            Assert.Contains(result.Skipped, p => p.Text == line);
        }

        var measure = Assert.Single(result.Document.Measures!.Measures);
        Assert.DoesNotContain("2023年度", measure.Body + measure.Title);
    }

    [Fact]
    public void Blank_lines_among_a_pages_closing_links_are_not_skipped_paragraphs()
    {
        // A page's link list pasted with blank lines between the links: the links are skipped and counted, the blank
        // lines are neither (an empty paragraph is no chrome, and has no position to report).
        var tail = new[] { "相关阅读", "2024年度组织生活会发言提纲", "上一篇：党支部书记述职报告" };
        var result = ReviewImporter.Import("2024年度民主生活会个人对照检查材料\n" + Body + string.Join("\n\n", tail) + "\n\n");
        Assert.Equal(tail, result.Skipped.Select(p => p.Text));
        Assert.All(result.Skipped, p => Assert.NotNull(p.Source));
        Assert.Contains(result.Diagnostics, d => d.Code == RuleCatalogue.ChromeSkipped.Id && d.Message.Contains("3", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("会议于2025年1月14日 9:30召开，时间:半天。")] // a time of day without a dash date
    [InlineData("时间紧、任务重 | 压力大")] // pipes without labels
    [InlineData("二是运用不够，学习时间:每周不少于2小时。")]
    public void Material_text_that_looks_a_little_like_chrome_is_kept(string line)
    {
        var result = ReviewImporter.Import("2024年度民主生活会个人对照检查材料\n" + line + "\n" + Body);
        Assert.DoesNotContain(result.Skipped, p => p.Text == line);
    }

    [Fact]
    public void A_related_reading_heading_followed_by_body_text_is_not_a_page_tail()
    {
        var longLine = "（二）改进作风。" + string.Concat(Enumerable.Repeat("深入基层调查研究，", 12)) + "年底前完成。";
        var result = ReviewImporter.Import("2024年度民主生活会个人对照检查材料\n" + Body + "相关阅读\n" + longLine + "\n");
        Assert.Equal(2, result.Document.Measures!.Measures.Count);
    }
}
