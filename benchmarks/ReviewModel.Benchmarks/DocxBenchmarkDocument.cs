using System.Text;
using NodaTime;
using ReviewModel.Aspects;
using ReviewModel.Model;

namespace ReviewModel.Benchmarks;

/// <summary>A document with the shape and size of the sample material (the sample itself lives in ReviewModel.Samples).</summary>
public static class DocxBenchmarkDocument
{
    private static readonly string[] Sentences =
    {
        "对习近平新时代中国特色社会主义思想学习不够深入，理解不够透彻，没有做到入脑入心、学深悟透。",
        "在工作中习惯于按部就班，习惯于参照其他单位的做法，开拓创新的意识还不够强。",
        "比如，2021年中心组集中学习12次，其中有3次流于形式，交流发言停留在念稿子上。",
        "对群众反映强烈的GDP统计、PPP项目等问题研究不深，办法不多，群众满意度还有差距。",
        "面对新矛盾新问题，缺乏足够的研判和应对措施，攻坚克难的韧劲有所减弱。",
        "监督管理失之于宽、失之于软，对重点领域和关键岗位的廉政风险防控还不够严密。",
    };

    public static ReviewDocument Build() => ReviewDocument.Create(d =>
    {
        d.Header(h => h.Title("党史学习教育专题民主生活会对照检查材料").LeadershipTeam("某市委", "市委常委班子")
            .DemocraticLifeMeeting(thematic: true).MeetingDate(new LocalDate(2022, 1, 5)).Aspects(AspectCatalogues.PartyHistory2021));
        d.Preamble(Text(0, 6));
        d.Preparation(p =>
        {
            p.Heading("专题民主生活会准备情况");
            for (var i = 0; i < 4; i++)
            {
                p.Step("认真开展学习，深入领会精神。", Text(i, 6));
            }

            p.Closing(Text(1, 2));
        });
        d.LastYearRectification(r =>
        {
            r.Intro(Text(2, 3));
            for (var i = 0; i < 3; i++)
            {
                r.Item("加强政治理论学习，夯实统筹发展的基础。", Text(i, 7));
            }

            r.Closing(Text(3, 2));
        });
        var counts = new[] { 3, 3, 4, 5, 4 };
        var problem = 0;
        d.Problems(p =>
        {
            p.Heading("找准查实存在的突出问题");
            for (var a = 0; a < counts.Length; a++)
            {
                var count = counts[a];
                p.Aspect(a + 1, g =>
                {
                    g.Inline();
                    if (a % 2 == 1)
                    {
                        g.Intro(Text(a, 2) + "但还在以下方面存在问题：");
                    }

                    for (var i = 0; i < count; i++)
                    {
                        problem++;
                        g.Problem($"P{problem}", "在“学懂”上还有差距。", Text(problem, 3), x => x.Example(Sentences[2]));
                    }
                });
            }
        });
        d.Causes(c =>
        {
            c.Heading("产生问题的原因分析");
            for (var i = 0; i < 4; i++)
            {
                var first = (i * 5) + 1;
                c.Cause($"C{i + 1}", "理论学习有待进一步深化。", Text(i, 8), x => x.Explains($"P{first}", $"P{first + 1}", $"P{first + 2}", $"P{first + 3}"));
            }
        });
        d.Measures(m =>
        {
            m.Heading("努力方向和整改措施").HalfWidthNumbers().Intro(Text(4, 2));
            for (var i = 0; i < 5; i++)
            {
                var index = i;
                m.Measure($"M{i + 1}", "强化政治建设，在深化学习上严要求。", Text(i, index is 2 or 3 ? 2 : 6), x =>
                {
                    for (var k = 1; k <= 4 && (index * 4) + k <= 18; k++)
                    {
                        x.Addresses($"P{(index * 4) + k}");
                    }

                    if (index is 2 or 3)
                    {
                        for (var k = 0; k < 3; k++)
                        {
                            x.Item("带头执行党的政治纪律。", Text(k, 2));
                        }
                    }

                    x.Owner("市委书记").OwningUnit("市委办公室").Deadline(new LocalDate(2022, 6, 30)).Standard("问题整改到位");
                });
            }
        });
    });

    private static string Text(int start, int sentences)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            text.Append(Sentences[(start + i) % Sentences.Length]);
        }

        return text.ToString();
    }
}
