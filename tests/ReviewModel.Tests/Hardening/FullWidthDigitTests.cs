using NodaTime;
using ReviewModel.Cli.Checking;
using ReviewModel.Import;
using ReviewModel.Tests.Cli;
using ReviewModel.Tests.Import;
using ReviewModel.Text;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Hardening;

/// <summary>Issue 10, item 1: full-width digits are ordinary Chinese text, read as digits wherever numbers are read.</summary>
public sealed class FullWidthDigitTests : CliRunner
{
    private static string Team2024 => Fixture.Text("Import/team-2024.txt");

    [Theory]
    [InlineData("202４年度")]
    [InlineData("２０２４年度")]
    [InlineData("２0２4年度")]
    public void A_title_year_with_full_width_digits_imports_like_the_ascii_year(string year)
    {
        var expected = ReviewImporter.Import(Team2024).Document.Header.Catalogue;
        var text = Team2024.Replace("班子2024年度", "班子" + year);
        Assert.Contains(year, text);

        var document = ReviewImporter.Import(text).Document;

        Assert.NotNull(expected);
        Assert.Equal(expected!.Id, document.Header.Catalogue?.Id);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("render")]
    [InlineData("lists")]
    [InlineData("check")]
    public void Every_command_reads_a_title_year_with_a_full_width_digit(string command)
    {
        var file = Write("材料.txt", Team2024.Replace("班子2024年度", "班子202４年度"));

        var (exit, output, error) = Run(command, file);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("   at ", error);
        Assert.NotEqual(string.Empty, output);
    }

    [Fact]
    public void A_meeting_date_in_full_width_digits_is_read()
    {
        var text = Team2024.Replace("现将有关情况报告如下。", "县委常委班子于２０２５年１月２０日召开民主生活会。现将有关情况报告如下。");

        var document = ReviewImporter.Import(text).Document;

        Assert.Equal(new LocalDate(2025, 1, 20), document.Header.MeetingDate);
    }

    [Fact]
    public void ChineseText_parses_dates_in_full_width_digits()
    {
        Assert.Equal(new LocalDate(2022, 6, 30), ChineseText.ParseDate("２０２２年６月３０日"));
        Assert.Equal(new LocalDate(2022, 6, 30), ChineseText.ParseDate("202２年6月３0日"));
        Assert.Null(ChineseText.ParseDate("２０２２年１３月１日"));
    }

    [Theory]
    [InlineData("x2", "x２")]
    [InlineData("第3×4条", "第３×４条")]
    public void The_placeholder_scanner_reads_full_width_digits_as_digits(string ascii, string fullWidth)
    {
        Assert.Equal(PlaceholderScanner.Scan(ascii).Count, PlaceholderScanner.Scan(fullWidth).Count);
    }

    [Fact]
    public void A_settings_share_in_full_width_digits_is_read()
    {
        var settings = Write("rules.ini", "self_criticism_share = ０.５\n");

        var options = CheckSettings.Apply(settings, ValidationOptions.Default);

        Assert.Equal(0.5, options.MinimumSelfCriticismShare);
    }
}
