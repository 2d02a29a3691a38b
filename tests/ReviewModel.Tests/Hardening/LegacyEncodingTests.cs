using System.IO;
using System.Linq;
using System.Text;
using ReviewModel.Import;
using ReviewModel.Tests.Cli;
using ReviewModel.Tests.Import;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Hardening;

/// <summary>Issue 10, item 12 (Big5): Big5 text is detected and read as Big5, with a warning, never garbled as GB18030.</summary>
public sealed class LegacyEncodingTests : CliRunner
{
    private const string Traditional =
        "某縣委常委班子2024年度民主生活會對照檢查材料\n\n" +
        "按照市委關於開好2024年度民主生活會的部署，縣委常委班子認真開展學習研討，廣泛徵求意見建議，深入開展談心談話。現將有關情況報告如下。\n\n" +
        "一、存在的問題\n\n" +
        "一是理論學習不夠深入。對黨的創新理論學習不夠系統，學用結合不緊密。\n\n" +
        "二是貫徹落實有偏差。個別工作存在重部署、輕落實的問題。\n\n" +
        "二、整改措施\n\n" +
        "一是加強理論學習。堅持每月集中學習不少於2次，持續推動黨的建設。\n";

    static LegacyEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Big5_text_is_read_as_big5_with_a_warning()
    {
        var file = PathIn("big5.txt");
        File.WriteAllBytes(file, Encoding.GetEncoding("Big5").GetBytes(Traditional));

        var result = ReviewImporter.ImportFile(file);

        Assert.Equal("某縣委常委班子2024年度民主生活會對照檢查材料", result.Document.Header.Title);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == RuleCatalogue.Big5Encoding.Id);
        Assert.Equal(RuleSeverity.Warning, diagnostic.Severity);
        Assert.Contains("Big5", diagnostic.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == RuleCatalogue.LegacyEncoding.Id);
    }

    [Fact]
    public void Gb18030_text_is_still_read_as_gb18030()
    {
        var text = Fixture.Text("Import/team-2024.txt");
        var file = PathIn("gb.txt");
        File.WriteAllBytes(file, Encoding.GetEncoding("GB18030").GetBytes(text));

        var result = ReviewImporter.ImportFile(file);

        Assert.Equal(ReviewImporter.Import(text).Document.Header.Title, result.Document.Header.Title);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == RuleCatalogue.LegacyEncoding.Id);
        Assert.Contains("GB18030", diagnostic.Message);
        Assert.Equal(RuleSeverity.Info, diagnostic.Severity);
    }

    [Fact]
    public void Traditional_text_in_gb18030_is_not_mistaken_for_big5()
    {
        var file = PathIn("trad-gb.txt");
        File.WriteAllBytes(file, Encoding.GetEncoding("GB18030").GetBytes(Traditional));

        var result = ReviewImporter.ImportFile(file);

        Assert.Equal("某縣委常委班子2024年度民主生活會對照檢查材料", result.Document.Header.Title);
        Assert.Contains("GB18030", result.Diagnostics.Single(d => d.Code == RuleCatalogue.LegacyEncoding.Id).Message);
    }

    [Fact]
    public void The_common_character_share_tells_right_from_wrong_decoding()
    {
        var big5 = Encoding.GetEncoding("Big5").GetBytes(Traditional);
        var asGb = Encoding.GetEncoding("GB18030").GetString(big5);
        Assert.True(TextDecoder.CommonShare(Traditional) > 0.3, TextDecoder.CommonShare(Traditional).ToString());
        Assert.True(TextDecoder.CommonShare(asGb) < 0.1, TextDecoder.CommonShare(asGb).ToString());
        Assert.True(TextDecoder.CommonShare(Fixture.Text("Import/team-2024.txt")) > 0.3);
    }
}
