using NodaTime;
using ReviewModel.Aspects;
using ReviewModel.Model;

namespace ReviewModel.Benchmarks;

/// <summary>
/// Large, link-consistent documents for benchmarks: <c>n</c> problems spread over the four aspects of
/// 2024, <c>n/2</c> causes each explaining two problems, <c>n/2</c> measures each addressing two
/// problems and remedying one cause, and a placeholder in every 50th problem.
/// </summary>
public static class GeneratedDocuments
{
    private const string ProblemBody = "对党中央重大决策部署的理解还停留在表面，贯彻落实中存在层层传达、简单部署的现象，结合本地实际创造性落实不够。";
    private const string PlaceholderBody = "对xx项重大决策部署的理解还停留在表面，于x月x日才研究部署，结合本地实际创造性落实不够。";
    private const string CauseBody = "对党的创新理论的学习满足于读原文、记笔记，系统学、深入学不够，学用结合不紧。";
    private const string MeasureBody = "坚持第一议题制度，每月开展一次集中学习研讨，全年不少于十二次。";

    public static ReviewDocument Create(int problems)
    {
        var pairs = problems / 2;
        var catalogue = AspectCatalogues.Annual2024;
        var perAspect = (problems + catalogue.Aspects.Count - 1) / catalogue.Aspects.Count;
        return ReviewDocument.Create(d => d
            .Header(h => h
                .Title("市委常委班子2024年度民主生活会对照检查材料")
                .LeadershipTeam("中共某市委员会", "市委常委班子")
                .MeetingDate(new LocalDate(2025, 1, 15))
                .Aspects(catalogue))
            .Preamble("按照市委统一部署，市委常委班子认真开展会前准备，现将有关情况汇报如下。")
            .Preparation(p => p.Step("深入学习研讨。", "班子集中学习研讨，打牢思想基础。"))
            .LastYearRectification(r => r.Item("理论学习更加深入。", "上年度查摆的问题已全部整改到位。"))
            .Problems(p =>
            {
                for (var a = 0; a < catalogue.Aspects.Count; a++)
                {
                    var first = a * perAspect;
                    var last = System.Math.Min(problems, first + perAspect);
                    p.Aspect(a + 1, g =>
                    {
                        for (var i = first; i < last; i++)
                        {
                            g.Problem(ProblemId(i), "政治站位还不够高。", i % 50 == 0 ? PlaceholderBody : ProblemBody);
                        }
                    });
                }
            })
            .Causes(c =>
            {
                for (var i = 0; i < pairs; i++)
                {
                    c.Cause("C" + i, "理论学习不够深入。", CauseBody, x => x.Explains(ProblemId(2 * i), ProblemId((2 * i) + 1)));
                }
            })
            .Measures(m =>
            {
                for (var i = 0; i < pairs; i++)
                {
                    m.Measure("M" + i, "强化理论武装。", MeasureBody, x => x
                        .Addresses(ProblemId(2 * i), ProblemId((2 * i) + 1))
                        .Remedies("C" + i)
                        .Owner("市委书记")
                        .OwningUnit("市委办公室")
                        .Deadline(new LocalDate(2025, 6, 30)));
                }
            }));
    }

    private static string ProblemId(int i) => "P" + i;
}
