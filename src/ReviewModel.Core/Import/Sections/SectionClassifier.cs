using System;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>
/// Tells which section a heading names, from the names real materials use: 准备情况; 上年度整改落实情况;
/// 存在的问题 / 查摆问题 / 对照检查剖析; 反面典型案例剖析; 原因剖析 / 原因分析 / 根源; 整改措施 /
/// 努力方向和整改措施 / 下一步整改措施; 党支部现状; 学习体会. Headings are read in place: classifying a paragraph
/// makes no string.
/// </summary>
internal static class SectionClassifier
{
    private static readonly string[] StrongWords =
    {
        "存在的问题", "存在问题", "查摆问题", "主要问题", "突出问题", "问题清单", "对照检查", "原因", "根源", "措施", "努力方向",
        "下一步", "下步", "打算", "准备情况", "会前准备", "上年度", "上一年度", "案例", "现状", "体会", "基本情况",
    };

    /// <summary>The section a heading names, or null.</summary>
    public static SectionKind? Classify(ReadOnlySpan<char> heading)
    {
        var h = heading;
        if (Has(h, "案例") || Has(h, "以案") || Has(h, "反面典型") || Has(h, "警示教育"))
        {
            return SectionKind.CaseAnalysis;
        }

        if ((Has(h, "上年度") || Has(h, "上一年度") || Has(h, "上次") || Has(h, "去年") || Has(h, "上年") || Has(h, "以往")) && (Has(h, "整改") || Has(h, "落实")))
        {
            return SectionKind.LastYearRectification;
        }

        if (Has(h, "整改落实情况") || Has(h, "整改情况") || Has(h, "整改完成情况"))
        {
            return SectionKind.LastYearRectification;
        }

        if (Has(h, "准备") && !Has(h, "措施"))
        {
            return SectionKind.Preparation;
        }

        var problem = h.IndexOf("问题".AsSpan(), StringComparison.Ordinal);
        var measure = h.IndexOf("措施".AsSpan(), StringComparison.Ordinal);
        if (problem >= 0 && measure > problem && !Has(h, "原因"))
        {
            return SectionKind.Problems; // 存在的问题和整改措施: the problems come first, the measures in a section of their own
        }

        if (Has(h, "问题及原因") || Has(h, "问题和原因") || Has(h, "问题与原因") || Has(h, "问题及其原因") || Has(h, "问题及根源"))
        {
            return SectionKind.Problems; // problems with their causes, in one section
        }

        if (Has(h, "原因") || Has(h, "根源") || Has(h, "根子"))
        {
            return SectionKind.Causes;
        }

        if (Has(h, "措施") || Has(h, "努力方向") || Has(h, "下一步") || Has(h, "整改方向") || Has(h, "整改打算") || Has(h, "改进方向") || Has(h, "今后") || Has(h, "整改思路") || Has(h, "努力的方向") || Has(h, "整改举措") || Has(h, "下步") || Has(h, "打算") || Has(h, "整改承诺") || Has(h, "改进措施"))
        {
            return SectionKind.Measures;
        }

        if (Has(h, "问题") || Has(h, "对照检查") || Has(h, "查摆") || Has(h, "检视") || Has(h, "不足") || Has(h, "差距") || Has(h, "剖析"))
        {
            return SectionKind.Problems;
        }

        if (Has(h, "现状") || Has(h, "基本情况") || Has(h, "支部情况") || Has(h, "支部概况"))
        {
            return SectionKind.BranchStatus;
        }

        if (Has(h, "体会") || Has(h, "心得") || Has(h, "收获") || Has(h, "学习情况"))
        {
            return SectionKind.StudyReflection;
        }

        return null;
    }

    /// <summary>Whether an unnumbered short line is a section heading (see <see cref="ClassifyBareLine(ReadOnlySpan{char})"/>),
    /// read in place.</summary>
    public static SectionKind? ClassifyBareLine(SourceSpan line) => ClassifyBareLine(line.AsSpan());

    /// <summary>Whether an unnumbered short line is a section heading: the names alone, without a sentence.</summary>
    public static SectionKind? ClassifyBareLine(ReadOnlySpan<char> line)
    {
        if (line.Length > ImportThresholds.MaxBareSectionHeadingLength || line.Length < 2 || IsGuideLine(line))
        {
            return null;
        }

        for (var i = 0; i < line.Length - 1; i++)
        {
            var c = line[i];
            if (Chars.IsSentenceEnd(c) || c == '，' || c == ',')
            {
                return null;
            }
        }

        if (Chars.IsSentenceEnd(line[line.Length - 1]))
        {
            return null;
        }

        var strong = false;
        foreach (var word in StrongWords)
        {
            strong |= Has(line, word);
        }

        if (!strong)
        {
            return null;
        }

        if (line.StartsWith("在".AsSpan(), StringComparison.Ordinal) || line.EndsWith("方面".AsSpan(), StringComparison.Ordinal))
        {
            return null;
        }

        return Classify(line);
    }

    /// <summary>A template's writing guide on its own line (【思想根源】, 【作风方面】): a hint, never a section or heading.</summary>
    public static bool IsGuideLine(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        return t.Length >= 3 && (t[0] == '【' && t[t.Length - 1] == '】' || t[0] == '〔' && t[t.Length - 1] == '〕') && t.Slice(1).IndexOf('【') < 0;
    }

    private static bool Has(ReadOnlySpan<char> text, string word) => text.IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0;
}
