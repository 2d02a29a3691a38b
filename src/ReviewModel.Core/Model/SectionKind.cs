namespace ReviewModel.Model;

/// <summary>The kinds of top-level section (the <c>一、</c> level) a review material has.</summary>
public enum SectionKind
{
    /// <summary>准备情况: how the meeting was prepared.</summary>
    Preparation = 0,

    /// <summary>上年度整改落实情况: how last year's problems were rectified.</summary>
    LastYearRectification = 1,

    /// <summary>查摆问题 / 存在的突出问题: the problems, grouped by aspect.</summary>
    Problems = 2,

    /// <summary>原因剖析: the causes of the problems.</summary>
    Causes = 3,

    /// <summary>整改措施: the rectification measures.</summary>
    Measures = 4,

    /// <summary>反面典型案例剖析: analysis of negative cases (from 2023 on).</summary>
    CaseAnalysis = 5,

    /// <summary>党支部现状: a branch's current state (branch materials).</summary>
    BranchStatus = 6,

    /// <summary>学习体会: what was learnt.</summary>
    StudyReflection = 7,

    /// <summary>Any other section.</summary>
    Other = 8,
}
