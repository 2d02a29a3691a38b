using System.Collections.Generic;
using System.Linq;

namespace ReviewModel.Similarity;

/// <summary>
/// Phrases every 对照检查材料 uses — the genre's stock leads and formulas. Their shingles carry no weight, so two
/// different problems that both say 政治站位还不够高 are not a match for that alone. Corpus frequency does the same
/// for phrases not listed here (<see cref="SimilarityOptions.StockShare"/>).
/// </summary>
public static class StockPhrases
{
    /// <summary>The built-in list.</summary>
    public static IReadOnlyList<string> Default { get; } = new[]
    {
        "政治站位还不够高", "政治站位不够高", "理论学习不够深入", "理论学习不够系统", "理论武装还不够到位", "学用结合不够紧密", "学懂弄通做实",
        "政治敏锐性不强", "政治鉴别力不强", "宗旨意识有所淡化", "宗旨意识不够牢固", "群众观念有所淡化", "担当作为不够", "担当精神不足",
        "攻坚克难的勇气不足", "形式主义官僚主义", "新时代中国特色社会主义思想", "习近平新时代中国特色社会主义思想", "两个维护", "四个意识",
        "四个自信", "两个确立", "以人民为中心", "全面从严治党", "主体责任", "一岗双责", "中央八项规定", "党风廉政建设", "批评和自我批评",
        "民主集中制", "谈心谈话", "理想信念", "初心使命", "党性修养", "党性锻炼", "作风建设", "纪律规矩", "存在差距", "还有差距",
        "还不够到位", "有待进一步", "进一步加强", "认真对照", "深刻剖析", "查摆问题", "整改措施", "整改落实", "比如", "主要表现在",
        "一是", "二是", "三是", "四是", "五是", "我们将", "在今后的工作中", "切实加以改进", "认真加以整改", "坚持不懈", "持之以恒", "久久为功", "入脑入心", "真学真懂真信真用",
    };

    internal static HashSet<ulong> Shingles(IEnumerable<string> phrases, int n) =>
        new(phrases.SelectMany(p => Similarity.Shingles.Of(p, n).Hashes));
}
