using System.Collections.Generic;
using System.Linq;

namespace ReviewModel.Tests.Similarity;

/// <summary>
/// Hand-written materials for the similarity tests: problems with a specific substance (each three clauses after a stock
/// lead the genre uses everywhere), a paraphrase of each written separately with the same substance, and leads shared
/// by many different problems. Variants are derived from them: verbatim, lightly edited, reordered, paraphrased.
/// </summary>
internal static class Corpus
{
    public static readonly string[] Leads =
    {
        "政治站位还不够高。", "理论学习不够深入。", "宗旨意识有所淡化。", "担当作为不够。", "作风建设还有差距。", "全面从严治党主体责任落实不到位。",
    };

    /// <summary>(clauses of the original, the paraphrase).</summary>
    public static readonly (string[] Clauses, string Paraphrase)[] Substances =
    {
        (new[] { "对全市12个乡镇污水处理设施建成后长期闲置的问题调研不深", "没有及时协调运营经费", "导致设施运行率不足三成" },
            "对12个乡镇建好的污水处理设施长期闲置问题研究不够深入，运营经费迟迟没有协调落实，设施实际运行率还不到百分之三十"),
        (new[] { "在老旧小区加装电梯工作中畏难情绪较重", "遇到低层住户反对就停下来", "两年只完成计划任务的四成" },
            "推进老旧小区加装电梯时存在畏难情绪，一碰到低楼层居民反对便停滞不前，两年下来只完成了计划的百分之四十"),
        (new[] { "对开发区三家企业拖欠农民工工资的信访件督办不力", "多次转办后仍未见结果", "群众反映强烈" },
            "开发区有三家企业拖欠农民工工资，相关信访件督办不够有力，几经转办仍没有结果，群众意见很大"),
        (new[] { "学校周边交通拥堵整治方案出台后落实不到位", "接送车辆乱停乱放问题反复出现", "家长意见较大" },
            "学校周边交通拥堵的整治方案出台以后没有真正落实到位，接送孩子的车辆乱停乱放反复出现，家长意见比较大"),
        (new[] { "对农村集体经济薄弱村帮扶措施针对性不强", "仍有17个村年收入低于5万元", "产业项目选择盲目跟风" },
            "帮扶农村集体经济薄弱村的措施缺乏针对性，目前还有17个村年收入不足5万元，选产业项目存在盲目跟风现象"),
        (new[] { "对政务服务中心窗口人员作风监督检查不经常", "群众办事多次跑腿", "12345热线投诉量同比上升两成" },
            "对政务服务中心窗口工作人员的作风监督检查不够经常，群众办事还要多次跑腿，12345热线投诉量比去年同期上升了百分之二十"),
        (new[] { "对城区内涝点改造工程进度跟踪不够", "汛期前仍有9处积水点未完成改造", "影响群众出行安全" },
            "城区内涝点改造工程的进度跟踪不到位，到汛期前还有9处积水点没有改造完成，给群众出行安全带来隐患"),
        (new[] { "对国有企业三重一大事项决策监督存在盲区", "个别企业超预算采购设备", "审计发现问题整改迟缓" },
            "国有企业三重一大事项的决策监督还有盲区，有的企业超出预算采购设备，审计发现的问题迟迟没有整改"),
        (new[] { "食品安全抽检覆盖面不够广", "农贸市场快检室有一半未正常运行", "对小作坊监管存在空档" },
            "食品安全抽检的覆盖面还不够广，农贸市场的快检室有一半没有正常运转，对小作坊的监管还存在空档"),
        (new[] { "对基层干部培训重数量轻质量", "培训内容与乡村振兴实际结合不紧", "参训干部反映收获不大" },
            "基层干部培训存在重数量、轻质量的倾向，培训内容同乡村振兴实际结合得不够紧，参加培训的干部普遍反映收获不大"),
        (new[] { "对重点项目征地拆迁中的矛盾化解办法不多", "有4个项目因拆迁滞后延期开工", "群众补偿诉求回应不及时" },
            "在重点项目征地拆迁中化解矛盾的办法不多，有4个项目由于拆迁滞后推迟开工，对群众的补偿诉求回应也不够及时"),
        (new[] { "对村级小微权力运行监督不到位", "个别村务公开流于形式", "村干部优亲厚友问题时有发生" },
            "村级小微权力运行的监督还不到位，有的村务公开只是走走形式，村干部优亲厚友的问题不时出现"),
        (new[] { "医共体建设推进缓慢", "县级医院对乡镇卫生院帮扶停留在签协议", "群众看病仍需往返县城" },
            "医共体建设进展比较慢，县级医院帮扶乡镇卫生院还停留在签订协议层面，老百姓看病依然要来回跑县城"),
        (new[] { "对营商环境投诉线索核查不深入", "涉企检查多头重复问题仍然存在", "企业负担没有明显减轻" },
            "核查营商环境投诉线索不够深入，对企业多头检查、重复检查的问题依然存在，企业负担没有明显减轻"),
        (new[] { "防返贫动态监测不够精准", "有6户因病致贫家庭未及时纳入监测", "帮扶措施落实滞后" },
            "防止返贫动态监测还不够精准，有6户因病致贫的家庭没有及时纳入监测范围，帮扶措施落实也比较滞后"),
        (new[] { "对安全生产隐患排查不够彻底", "两家化工企业的隐患整改反复", "执法检查宽松软问题依然突出" },
            "安全生产隐患排查还不够彻底，两家化工企业的隐患整改出现反复，执法检查宽松软的问题依然比较突出"),
    };

    public static string Original(int i) => Leads[i % Leads.Length] + string.Join("，", Substances[i].Clauses) + "。";

    public static string Paraphrase(int i) => Leads[(i + 1) % Leads.Length] + Substances[i].Paraphrase + "。";

    /// <summary>A few words changed the way a careless copy changes them.</summary>
    public static string LightlyEdited(int i) => Original(i)
        .Replace("对", "针对").Replace("不够", "不太").Replace("问题", "情况").Replace("仍", "还").Replace("，", "；");

    /// <summary>The clauses in another order.</summary>
    public static string Reordered(int i)
    {
        var c = Substances[i].Clauses;
        return Leads[i % Leads.Length] + string.Join("，", new[] { c[2], c[0], c[1] }) + "。";
    }

    /// <summary>A problem sharing only the stock lead of problem <paramref name="i"/>: its substance is another one's, not <paramref name="i"/>'s.</summary>
    public static string SameLeadOtherSubstance(int i, int other) => Leads[i % Leads.Length] + string.Join("，", Substances[other].Clauses) + "。";

    /// <summary>Generic stock-phrase paragraphs every material has (no specific substance).</summary>
    public static readonly string[] StockParagraphs =
    {
        "深入学习贯彻习近平新时代中国特色社会主义思想，增强四个意识、坚定四个自信、做到两个维护，进一步提高政治判断力、政治领悟力、政治执行力。",
        "坚持以人民为中心的发展思想，始终把群众满意作为工作的出发点和落脚点，切实解决群众急难愁盼问题。",
        "严格落实全面从严治党主体责任和一岗双责，认真贯彻中央八项规定及其实施细则精神，持之以恒纠治四风。",
        "认真开展批评和自我批评，严格执行民主集中制，深入开展谈心谈话，进一步增强班子的凝聚力和战斗力。",
    };
}
