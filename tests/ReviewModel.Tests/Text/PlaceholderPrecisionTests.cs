using System.Collections.Generic;
using System.Linq;
using ReviewModel.Text;
using Xunit;

namespace ReviewModel.Tests.Text;

/// <summary>
/// The placeholder scanner's precision on a table of template placeholders (each must be found, exactly) and of
/// real words that look like them (none may be reported): word context, digits and Latin around the mark, and
/// Markdown syntax when the source is Markdown.
/// </summary>
public class PlaceholderPrecisionTests
{
    /// <summary>Text → the placeholders in it, separated by |.</summary>
    public static readonly (string Text, string Expected)[] Positives =
    {
        ("会议于x月x日召开。", "x月x日"),
        ("征求意见建议xx条。", "xx条"),
        ("开展谈心谈话xx余人次。", "xx"),
        ("XX同志在会上作了发言。", "XX"),
        ("××同志", "××"),
        ("中共××县委常委班子", "××县"),
        ("20xx年度民主生活会", "20xx年"),
        ("202X年度民主生活会对照检查材料", "202X年"),
        ("202x年工作要点", "202x年"),
        ("2024年x月x日", "x月x日"),
        ("共查摆问题x个。", "x个"),
        ("学习原著x-x篇。", "x-x篇"),
        ("全年开展调研xx次。", "xx次"),
        ("组织集中学习x次。", "x次"),
        ("参加人员x人。", "x人"),
        ("xx市委", "xx市"),
        ("XX局党组", "XX"),
        ("XXX同志", "XXX"),
        ("xxx", "xxx"),
        ("本人姓名：***", "***"),
        ("由***同志负责。", "***"),
        ("*年度民主生活会", "*年"),
        ("【单位】党员干部对照检查材料", "【单位】"),
        ("【待补】", "【待补】"),
        ("姓名：【姓名】", "【姓名】"),
        ("【请填写具体事例】", "【请填写具体事例】"),
        ("【此处填写问题】", "【此处填写问题】"),
        ("【思想根源】", "【思想根源】"),
        ("【作风方面】", "【作风方面】"),
        ("  【组织纪律方面】  ", "【组织纪律方面】"),
        ("【XX】", "【XX】"),
        ("【职务】　【姓名】", "【职务】|【姓名】"),
        ("完成时限：x月x日前", "x月x日"),
        ("xx年xx月xx日", "xx年xx月xx日"),
        ("X月X日", "X月X日"),
        ("××月××日", "××月××日"),
        ("于20xx年x月召开", "20xx年x月"),
        ("征求到意见xx条、建议xx条", "xx条|xx条"),
        ("xx个党支部", "xx个"),
        ("××项制度", "××项"),
        ("在××市调研", "××市"),
        ("帮助解决实际困难xx件", "xx件"),
        ("走访群众xx户", "xx"),
        ("×××同志", "×××"),
        ("ＸＸ同志", "ＸＸ"),
        ("ｘｘ条", "ｘｘ条"),
        ("xx名党员", "xx名"),
        ("节约资金xx万元", "xx万"),
        ("xx家企业", "xx家"),
        ("整改完成率xx%", "xx"),
        ("第x次集中学习", "x次"),
        ("x天", "x天"),
        ("xx天", "xx天"),
        ("（责任人：xx）", "xx"),
        ("（责任单位：XX办公室）", "XX"),
        ("县委xx书记", "xx"),
        ("XX部门", "XX"),
        ("××局", "××"),
        ("按照××通知要求", "××"),
        ("《xx条例》", "xx条"),
        ("“xx”建设", "xx"),
        ("xx“xxx”建设", "xx|xxx"),
        ("组织xx场宣讲", "xx"),
        ("202X", "202X"),
        ("20XX年", "20XX年"),
        ("2023年xx月", "xx月"),
        ("x月底前完成", "x月"),
        ("xx月底", "xx月"),
        ("开展x轮巡察", "x"),
        ("x项措施", "x项"),
        ("第xx页", "xx"),
        ("XX区", "XX区"),
        ("XX省", "XX省"),
        ("xx县", "xx县"),
        ("××同志：", "××"),
        ("X同志", "X"),
        ("x名同志", "x名"),
        ("学习xx小时", "xx"),
        ("**年度", "**年"),
        ("****", "****"),
        ("**同志", "**"),
        ("【时间】", "【时间】"),
        ("【日期】", "【日期】"),
        ("【部门】", "【部门】"),
        ("【内容】", "【内容】"),
        ("【标题】", "【标题】"),
        ("【补充】", "【补充】"),
        ("【待定】", "【待定】"),
        ("【填写】", "【填写】"),
        ("【…】", "【…】"),
        ("【 】", "【 】"),
        ("【数量】条", "【数量】"),
        ("【某某】同志", "【某某】"),
        ("【名称】党支部", "【名称】"),
        ("【职位】", "【职位】"),
        ("【年份】年度", "【年份】"),
        ("【×××】", "【×××】"),
        ("在【具体方面】存在不足", "【具体方面】"),
        ("比如，【举一个事例】", "【举一个事例】"),
        ("x-x月", "x-x月"),
        ("xx至xx", "xx至xx"),
        ("一是x；二是x。", "x|x"),
        ("xx、xx、xx等", "xx|xx|xx"),
        ("xx同志：", "xx"),
    };

    /// <summary>Real words and numbers that must not be reported.</summary>
    public static readonly string[] Negatives =
    {
        "推行1+X证书制度。",
        "实行24小时×7天值守。",
        "推广x86架构服务器。",
        "完成x64系统迁移。",
        "开展“学习强国”【每日答题】活动。",
        "使用“【每日答题】”功能学习。",
        "转载自【新华社】",
        "【人民日报】评论员文章",
        "3×4的方阵",
        "4×100米接力",
        "3×3篮球赛",
        "7×24小时服务",
        "2×2矩阵",
        "Excel表格",
        "使用max函数",
        "Xbox游戏机",
        "SpaceX发射",
        "TEXT格式",
        "Linux服务器",
        "xlsx文件",
        "Python编程",
        "X光检查",
        "X射线设备",
        "某区委常委班子",
        "某企业负责人",
        "某某", // anonymisation
        "5G基站建设",
        "Windows 10",
        "二〇二四年度",
        "2024年度民主生活会",
        "2024年1月5日",
        "完成时限：2025年6月30日",
        "征求意见建议58条",
        "谈心谈话120余人次",
        "y=x+1",
        "f(x)",
        "N+X模式",
        "1+N+X",
        "x轴",
        "H5页面",
        "iPhone",
        "WeChat",
        "box",
        "fax",
        "mix",
        "Max",
        "Xi'an",
        "Fox",
        "OA系统",
        "APP应用",
        "第一，加强学习。",
        "一是学习不够。",
        "（一）在带头方面",
        "①学习不深",
        "“两个维护”",
        "“四个意识”",
        "《党章》",
        "《中国共产党纪律处分条例》",
        "百分之九十五",
        "95%",
        "1.5倍",
        "3.14",
        "10:30",
        "2025-06-30",
        "-3-",
        "—1—",
        "A4纸",
        "B超",
        "CT检查",
        "GDP增长",
        "PM2.5浓度",
        "ISO9001认证",
        "3D打印",
        "AI赋能",
        "VR体验",
        "e政务",
        "k线图",
        "x1.5倍速",
        "×2倍",
        "乘以×3",
        "【每周一练】栏目",
        "推出【红色故事】专栏",
        "打造【党建+】品牌",
        "开设【书记讲党课】板块",
        "“【学习强国】”",
        "一人一档",
        "XP系统",
        "IX号",
        "XIV届",
        "Mr.X",
        "X-ray",
        "x-ray",
        "Xinjiang",
        "Xu",
        "Alex",
        "index",
        "matrix",
        "express",
        "UX设计",
        "DX转型",
        "6x6",
        "1x",
        "3x+2",
        "x²",
    };

    /// <summary>Markdown source: emphasis is not a mask.</summary>
    public static readonly string[] MarkdownNegatives =
    {
        "**重点**工作",
        "把**理论学习**作为首要任务",
        "*强调*一下",
        "**一是学习不够。**",
        "这是**关键**，那也是**要点**。",
    };

    [Fact]
    public void The_tables_are_large_enough()
    {
        Assert.True(Positives.Length >= 100, $"{Positives.Length} positive cases");
        Assert.True(Negatives.Length + MarkdownNegatives.Length >= 100, $"{Negatives.Length + MarkdownNegatives.Length} negative cases");
    }

    [Fact]
    public void Every_template_placeholder_is_found_exactly()
    {
        var misses = new List<string>();
        foreach (var (text, expected) in Positives)
        {
            var found = string.Join("|", PlaceholderScanner.Scan(text).Select(m => m.Text));
            if (found != expected)
            {
                misses.Add($"{text}: expected {expected}, found {found}");
            }
        }

        Assert.True(misses.Count == 0, $"{Positives.Length - misses.Count}/{Positives.Length} positives right:\n" + string.Join("\n", misses));
    }

    [Fact]
    public void No_real_word_is_taken_for_a_placeholder()
    {
        var misses = Negatives.Where(t => PlaceholderScanner.Scan(t).Count > 0).Select(t => $"{t}: {string.Join("|", PlaceholderScanner.Scan(t).Select(m => m.Text))}")
            .Concat(MarkdownNegatives.Where(t => PlaceholderScanner.Scan(t, markdown: true).Count > 0).Select(t => "(md) " + t))
            .ToList();
        Assert.True(misses.Count == 0, $"{misses.Count} false placeholders:\n" + string.Join("\n", misses));
    }

    [Fact]
    public void Outside_markdown_asterisk_pairs_stay_masks()
    {
        Assert.Equal(new[] { "**" }, PlaceholderScanner.Scan("**同志", markdown: true).Select(m => m.Text));
        Assert.NotEmpty(PlaceholderScanner.Scan("**重点**工作", markdown: false));
    }
}
