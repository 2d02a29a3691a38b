using ReviewModel.Model;

namespace ReviewModel.Model;

/// <summary>The standard Chinese heading of each section kind, used when a section has none of its own.</summary>
internal static class SectionNames
{
    /// <summary>The standard heading of <paramref name="kind"/>, e.g. "查摆问题".</summary>
    /// <param name="kind">The section kind.</param>
    public static string Standard(SectionKind kind) => kind switch
    {
        SectionKind.Preparation => "会前准备情况",
        SectionKind.LastYearRectification => "上年度民主生活会查摆问题整改落实情况",
        SectionKind.Problems => "查摆问题",
        SectionKind.Causes => "原因剖析",
        SectionKind.Measures => "整改措施",
        SectionKind.CaseAnalysis => "反面典型案例剖析",
        SectionKind.BranchStatus => "党支部现状",
        SectionKind.StudyReflection => "学习体会",
        _ => "其他",
    };
}
