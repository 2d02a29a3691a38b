using ReviewModel.Import;
using Xunit;

namespace ReviewModel.Tests.Import;

/// <summary>
/// Preparation told in the opening paragraph: its counts are read however the number is written — with the
/// spaces a PDF puts around it, in full-width digits, or in Chinese numerals.
/// </summary>
public class PreparationCountTests
{
    [Theory]
    [InlineData("累计开展专题学习研讨4次。深入开展谈心谈话30余人次，广泛征求到各类意见建议45条。", 4, 30, 45)]
    [InlineData("累计开展专题学习研讨 4 次。深入开展谈心谈话 30 余人次,广泛征求到各类意见建议 45 条。", 4, 30, 45)]
    [InlineData("累计开展专题学习研讨４次。深入开展谈心谈话３０余人次，广泛征求到各类意见建议４５条。", 4, 30, 45)]
    [InlineData("班子集中学习研讨五次，征求意见建议二十三条，开展谈心谈话一百二十余人次。", 5, 120, 23)]
    [InlineData("会前，班子集中学习研讨4次，征求意见建议31条，开展谈心谈话56人次。", 4, 56, 31)]
    [InlineData("我认真学习了党章党规，与支部书记、支部委员和党员同志谈心谈话6次，征求意见建议5条。", null, 6, 5)]
    [InlineData("与班子成员谈心谈话12人次，集中学习研讨3次，征求意见建议9条。", 3, 12, 9)]
    public void Counts_in_the_opening_are_read(string opening, int? studies, int talks, int opinions)
    {
        var text = "某局领导班子2025年度民主生活会对照检查材料\n\n" + opening + "\n\n一、存在的问题\n\n（一）在理论学习方面。学得不深。\n";
        var facts = ReviewImporter.Import(text, ImportOptions.Default.WithFile("t.txt")).Document.Header.PreparationInOpening;
        Assert.NotNull(facts);
        Assert.Equal(studies, facts!.StudySessions);
        Assert.Equal(talks, facts.TalksHeld);
        Assert.Equal(opinions, facts.OpinionsSolicited);
    }

    [Fact]
    public void A_number_far_from_its_topic_is_not_a_count()
    {
        var text = "某局领导班子对照检查材料\n\n今年以来，全局共完成项目建设12个，新增就业岗位300个，群众满意度明显提升，各项工作取得新进展。\n\n一、存在的问题\n\n（一）在理论学习方面。学得不深。\n";
        Assert.Null(ReviewImporter.Import(text).Document.Header.PreparationInOpening);
    }

    [Theory]
    [InlineData("某局领导班子2025年度民主生活会对照检查材料", "对照2024年度民主生活会查摆的4个问题，均已制定措施并基本整改到位。", true)]
    [InlineData("某局领导班子 2025 年度民主生活会对照检查材料", "对照 2024 年度民主生活会查摆的“调查研究不够深入”等 4 个问题,均已制定措施并基本整改到位。", true)]
    [InlineData("某局领导班子2025年度民主生活会对照检查材料", "上次民主生活会查摆的问题已全部整改。", true)]
    [InlineData("某局领导班子2025年度民主生活会对照检查材料", "对照2023年度民主生活会的要求，认真整改。", false)]
    [InlineData("某局领导班子2025年度民主生活会对照检查材料", "2024年度全局工作取得新进展。", false)]
    public void Last_years_rectification_told_in_the_opening_is_recognised(string title, string opening, bool expected)
    {
        var text = title + "\n\n" + opening + "\n\n一、存在的问题\n\n（一）在理论学习方面。学得不深。\n";
        var facts = ReviewImporter.Import(text).Document.Header.PreparationInOpening;
        Assert.Equal(expected, facts?.ReportsLastYearRectification ?? false);
    }

    [Theory]
    [InlineData("某局领导班子 2025 年度民主生活会对照检查材料")]
    [InlineData("某局领导班子２０２５年度民主生活会对照检查材料")]
    [InlineData("某局领导班子2025年度民主生活会对照检查材料")]
    public void The_title_year_limits_the_guessed_catalogue_however_the_digits_are_written(string title)
    {
        var text = title + "\n\n一、存在的问题\n\n（一）在带头强化政治忠诚、提高政治能力方面\n\n一是学得不深。\n\n（二）在带头干事创业、担当作为方面\n\n一是闯劲不足。\n";
        var header = ReviewImporter.Import(text).Document.Header;
        Assert.NotNull(header.Catalogue);
        Assert.Equal(2025, header.Catalogue!.Year);
    }
}
