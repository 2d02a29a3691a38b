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
    public void Counts_in_the_opening_are_read(string opening, int studies, int talks, int opinions)
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
}
