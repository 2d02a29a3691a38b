using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Aspects;

/// <summary>
/// The official aspect lists confirmed from public notices (see <c>shared/domain/GENRE.md</c>).
/// The 2020 and 2022 lists are only partly known and are not shipped.
/// </summary>
public static class AspectCatalogues
{
    /// <summary>2019 「不忘初心、牢记使命」主题教育专题民主生活会: the 四个找一找.</summary>
    public static AspectCatalogue ThemeEducation2019 { get; } = new(
        "2019-theme-education",
        2019,
        "“不忘初心、牢记使命”主题教育专题民主生活会",
        ValueList.Of(
            new Aspect("2019-theme-education.1", "增强“四个意识”、坚定“四个自信”、做到“两个维护”", "政治"),
            new Aspect("2019-theme-education.2", "知敬畏、存戒惧、守底线", "敬畏"),
            new Aspect("2019-theme-education.3", "群众观点、群众立场、群众感情、服务群众", "群众"),
            new Aspect("2019-theme-education.4", "思想觉悟、能力素质、道德修养、作风形象", "素质")));

    /// <summary>2021 党史学习教育专题民主生活会: the 五个带头 (the sample's meeting).</summary>
    public static AspectCatalogue PartyHistory2021 { get; } = new(
        "2021-party-history",
        2021,
        "党史学习教育专题民主生活会",
        ValueList.Of(
            new Aspect("2021-party-history.1", "带头深刻感悟\"两个确立\"的决定性意义，深刻感悟党坚持把马克思主义同中国具体实际相结合、同中华优秀传统文化相结合的非凡历程，全面贯彻习近平新时代中国特色社会主义思想，树立正确党史观，坚定信仰信念信心，增强\"四个意识\"、坚定\"四个自信\"、做到\"两个维护\"", "感悟“两个确立”"),
            new Aspect("2021-party-history.2", "带头牢记我们党是什么、要干什么这个根本问题，心怀\"国之大者\"，贯彻新发展理念，履职尽责、担当作为，聚焦新冠肺炎疫情防控、保持经济发展、深化改革开放、维护社会稳定等正在做的工作，不折不扣把党中央决策部署落实到位", "心怀“国之大者”"),
            new Aspect("2021-party-history.3", "带头践行以人民为中心的发展思想，尊重群众意愿，为群众办实事解难题，有效保障改善民生，增强人民群众获得感幸福感安全感，确保党永远保持同人民群众的血肉联系", "以人民为中心"),
            new Aspect("2021-party-history.4", "带头学习运用党在不同历史时期成功应对风险挑战的丰富经验，增强忧患意识，保持战略定力，提高能力本领，敢于斗争、善于斗争，不断取得新的胜利和荣光", "应对风险挑战"),
            new Aspect("2021-party-history.5", "带头深刻汲取党史中正反两方面经验，履行全面从严治党责任，旗帜鲜明讲政治，严守党的政治纪律和政治规矩，落实中央八项规定及其实施细则精神，持续用力纠\"四风\"、树新风，坚决反对形式主义官僚主义，加强对\"一把手\"监督和领导班子监督，坚决同一切违规违纪违法现象作斗争", "全面从严治党")));

    /// <summary>2023 学习贯彻习近平新时代中国特色社会主义思想主题教育专题民主生活会 (first batch): 6 个方面.</summary>
    public static AspectCatalogue ThemeEducation2023 { get; } = AspectCatalogue.FromTitles(
        "2023-theme-education",
        2023,
        "主题教育专题民主生活会",
        "理论学习",
        "政治素质",
        "能力本领",
        "担当作为",
        "工作作风",
        "廉洁自律");

    /// <summary>2023 主题教育专题组织生活会 (党员): 4 items.</summary>
    public static AspectCatalogue ThemeEducation2023OrganisationalLife { get; } = AspectCatalogue.FromTitles(
        "2023-theme-education-organisational-life",
        2023,
        "主题教育专题组织生活会",
        "学习贯彻党的创新理论情况",
        "党性修养提高情况",
        "联系服务群众情况",
        "发挥先锋模范作用情况");

    /// <summary>2024年度民主生活会: the 四个带头 (plus a 反面典型案例剖析 section).</summary>
    public static AspectCatalogue Annual2024 { get; } = AspectCatalogue.FromTitles(
        "2024-annual",
        2024,
        "2024年度民主生活会",
        "带头严守政治纪律和政治规矩，维护党的团结统一",
        "带头增强党性、严守纪律、砥砺作风",
        "带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新",
        "带头履行全面从严治党政治责任");

    /// <summary>2025年度民主生活会: 5 aspects (plus a 反面典型案例剖析情况 section).</summary>
    public static AspectCatalogue Annual2025 { get; } = AspectCatalogue.FromTitles(
        "2025-annual",
        2025,
        "2025年度民主生活会",
        "带头强化政治忠诚、提高政治能力",
        "带头固本培元、增强党性",
        "带头敬畏人民、敬畏组织、敬畏法纪",
        "带头干事创业、担当作为",
        "带头坚决扛起管党治党责任");

    /// <summary>The standing items for these meetings, used when a notice sets no list.</summary>
    public static AspectCatalogue Standing { get; } = AspectCatalogue.FromTitles(
        "standing",
        null,
        "民主生活会（常规内容）",
        "遵守党章、维护党中央权威",
        "领导班子自身建设、民主集中制",
        "正确行使权力、履职尽责",
        "践行社会主义核心价值观、清正廉洁、家风",
        "群众路线、密切联系群众",
        "履行全面从严治党责任");

    /// <summary>Every built-in catalogue.</summary>
    public static IReadOnlyList<AspectCatalogue> All { get; } = new[]
    {
        ThemeEducation2019, PartyHistory2021, ThemeEducation2023, ThemeEducation2023OrganisationalLife, Annual2024, Annual2025, Standing,
    };

    /// <summary>Finds a built-in catalogue by ID.</summary>
    /// <param name="id">The catalogue ID, e.g. "2024-annual".</param>
    /// <returns>The catalogue, or null.</returns>
    public static AspectCatalogue? Find(string id)
    {
        foreach (var catalogue in All)
        {
            if (catalogue.Id == id)
            {
                return catalogue;
            }
        }

        return null;
    }
}
