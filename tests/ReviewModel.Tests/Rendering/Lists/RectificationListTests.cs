using System;
using System.Linq;
using NodaTime;
using ReviewModel.Model;
using ReviewModel.Rendering.Lists;
using ReviewModel.Tests.Rendering.Docx;
using Xunit;

namespace ReviewModel.Tests.Rendering.Lists;

public class RectificationListTests
{
    [Fact]
    public void Every_problem_measure_link_has_exactly_one_row_and_problems_without_measures_are_listed()
    {
        var document = DocxTestDocuments.Team();
        var list = RectificationList.From(document);

        var links = document.AllMeasures.SelectMany(m => m.Addresses.Select(a => (Problem: a.TargetId, Measure: m.Id))).OrderBy(l => l).ToList();
        var rows = list.Entries.Where(e => e.HasMeasure).Select(e => (Problem: e.ProblemId!, Measure: e.MeasureId!)).OrderBy(l => l).ToList();
        Assert.Equal(links, rows);

        var addressed = links.Select(l => l.Problem).ToHashSet();
        var unaddressed = document.AllProblems.Where(p => !addressed.Contains(p.Id)).Select(p => p.Id).ToList();
        Assert.Equal(new[] { "P3.1" }, unaddressed);
        var row = Assert.Single(list.Entries, e => !e.HasMeasure);
        Assert.Equal("P3.1", row.ProblemId);
        Assert.Equal(RectificationList.NoMeasure, row.Measure);
        Assert.Equal("未制定整改措施", row.Remark);

        // Grouped by measure in document order (M1 answers P1.1 and P2.1), then the unaddressed problem; numbered from 1.
        Assert.Equal(new[] { "P1.1", "P2.1", "P1.2", "P2.2", "P3.1" }, list.Entries.Select(e => e.ProblemId));
        Assert.Equal(new[] { "M1", "M1", "M2", "M3", null }, list.Entries.Select(e => e.MeasureId));
        Assert.Equal(Enumerable.Range(1, 5), list.Entries.Select(e => e.Number));
    }

    [Fact]
    public void A_measure_addressing_two_problems_gives_two_rows_with_its_owner_unit_deadline_and_standard()
    {
        var list = RectificationList.From(DocxTestDocuments.Team());
        var m1 = list.Entries.Where(e => e.MeasureId == "M1").ToList();
        Assert.Equal(new[] { "P1.1", "P2.1" }, m1.Select(e => e.ProblemId));
        Assert.All(m1, e =>
        {
            Assert.Equal(new[] { "张三", "李四" }, e.Owners);
            Assert.Equal("市委办公室", e.OwningUnit);
            Assert.Equal(new LocalDate(2025, 6, 30), e.Deadline!.Date);
            Assert.Equal("每月集中学习不少于1次", e.Standard);
        });

        var table = list.ToTable(ListView.Rectification);
        Assert.Equal(RectificationList.RectificationColumns, table.Columns);
        Assert.Equal("整改清单", table.Title);
        Assert.Equal(
            new[] { "1", "在“学懂”上还有差距。（感悟“两个确立”）", "强化政治建设，在深化学习上严要求。", "张三、李四", "市委办公室", "2025年6月30日", "每月集中学习不少于1次", "", "" },
            table.Rows[0]);
        Assert.Equal(
            new[] { "2", "缺乏“一张蓝图干到底”的韧劲。（心怀“国之大者”）", "强化政治建设，在深化学习上严要求。", "张三、李四", "市委办公室", "2025年6月30日", "每月集中学习不少于1次", "", "" },
            table.Rows[1]);
        Assert.Equal(
            new[] { "3", "在“弄通”上还有差距。（感悟“两个确立”）", "坚持民本情怀，在保障民生上见成效。一是带头执行党的政治纪律。二是带头执行组织纪律。", "王五", "", "长期坚持", "", "", "" },
            table.Rows[2]);
        Assert.Equal(
            new[] { "5", "服务群众的水平不高。（以人民为中心）", RectificationList.NoMeasure, "", "", "", "", "", "未制定整改措施" },
            table.Rows[4]);
        Assert.Equal(RectificationList.Unassigned, table.Rows[3][3]); // M3 has a unit but no named owner
    }

    [Fact]
    public void Measures_addressing_no_problem_or_a_missing_problem_are_listed_not_dropped()
    {
        var document = ReviewDocument.CreateBuilder()
            .Header(h => h.Title("对照检查材料").LeadershipTeam("某单位", "班子"))
            .Problems(p => p.Ungrouped(a => a.Problem("P1", "学习不够深入。", "")))
            .Measures(m => m
                .Measure("M1", "加强学习。", "", x => x.Addresses("P1"))
                .Measure("M2", "完善制度。", "", x => x.Owner("赵六"))
                .Measure("M3", "改进作风。", "", x => x.Addresses("P9")))
            .BuildLenient();
        var list = RectificationList.From(document);
        Assert.Equal(3, list.Entries.Count);
        Assert.Equal(("P1", "M1"), (list.Entries[0].ProblemId, list.Entries[0].MeasureId));
        Assert.Equal(("M2", RectificationList.NoProblem, (string?)null), (list.Entries[1].MeasureId, list.Entries[1].Problem, list.Entries[1].ProblemId));
        Assert.Equal(("M3", "P9"), (list.Entries[2].MeasureId, list.Entries[2].ProblemId));
        Assert.Contains("未找到", list.Entries[2].Problem);
        Assert.Null(list.Entries[0].Aspect); // ungrouped problem: no aspect, no brackets in the cell
        Assert.Equal("学习不够深入。", list.ToTable(ListView.Rectification).Rows[0][1]);
    }

    [Fact]
    public void Problem_view_lists_each_problem_with_its_causes_and_measures()
    {
        var table = RectificationList.From(DocxTestDocuments.Team()).ToTable(ListView.Problems);
        Assert.Equal("问题清单", table.Title);
        Assert.Equal(5, table.Rows.Count);
        Assert.Equal(
            new[] { "1", "感悟“两个确立”", "在“学懂”上还有差距。", "学习缺少挤劲、钻劲。比如，2021年中心组学习有3次流于形式，对GDP、PMI等指标的分析停留在数字上。", "（一）理论学习有待进一步深化。", "（一）强化政治建设，在深化学习上严要求。" },
            table.Rows[0]);
        Assert.Equal(RectificationList.NoMeasure, table.Rows[4][5]);
        Assert.Equal("（二）担当精神有待进一步强化。", table.Rows[4][4]);
    }

    [Fact]
    public void Task_view_lists_each_measure_with_the_problems_it_addresses()
    {
        var table = RectificationList.From(DocxTestDocuments.Team()).ToTable(ListView.Tasks);
        Assert.Equal("任务清单", table.Title);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("（一）强化政治建设，在深化学习上严要求。", table.Rows[0][1]);
        Assert.Equal("在“学懂”上还有差距。；缺乏“一张蓝图干到底”的韧劲。", table.Rows[0][3]);
        Assert.Equal("坚持把党的政治建设摆在首位。", table.Rows[0][2]);
        Assert.Equal("一是注重用好干部。完善干部选拔任用机制。二是注重用好权力。落实“三重一大”制度。", table.Rows[2][2]);
        Assert.Equal("长期坚持", table.Rows[1][6]);
    }

    [Fact]
    public void Responsibility_view_has_a_row_per_owner_and_measure_and_flags_measures_without_an_owner()
    {
        var table = RectificationList.From(DocxTestDocuments.Team()).ToTable(ListView.Responsibilities);
        Assert.Equal("责任清单", table.Title);
        Assert.Equal(
            new[] { ("张三", "（一）强化政治建设，在深化学习上严要求。"), ("李四", "（一）强化政治建设，在深化学习上严要求。"), ("王五", "（二）坚持民本情怀，在保障民生上见成效。"), (RectificationList.Unassigned, "（三）严守党的纪律，在整顿作风上出实招。") },
            table.Rows.Select(r => (r[1], r[3])));
        Assert.Equal("市纪委监委", table.Rows[3][2]);
    }

    [Fact]
    public void Inferred_links_are_marked_in_the_remarks()
    {
        var problems = new ProblemSection(null, ValueList.Of(new AspectGroup(null, null, ValueList.Of(new Problem("P1", "学习不够深入。", "")))));
        var measures = new MeasureSection(null, ValueList.Of(
            new Measure("M1", "加强学习。", "", addresses: ValueList.Of(new Link("P1", isInferred: true))),
            new Measure("M2", "完善制度。", "", addresses: ValueList.Of(new Link("P1"), new Link("P1")))));
        var document = new ReviewDocument(
            new DocumentHeader("对照检查材料", ReviewSubject.Team("某单位", "班子")),
            null,
            ValueList.Of<Section>(problems, measures));
        var list = RectificationList.From(document);
        Assert.Equal(2, list.Entries.Count); // the repeated link M2 → P1 gives one row
        Assert.Contains("推断", list.Entries[0].Remark);
        Assert.Equal(string.Empty, list.Entries[1].Remark);
    }

    [Fact]
    public void Bad_input_is_rejected_clearly()
    {
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => RectificationList.From(null!)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => RectificationList.From(DocxTestDocuments.Team()).ToTable((ListView)42));
        var error = Assert.Throws<ArgumentException>(() => new ListTable("t", ValueList.Of("a", "b"), ValueList.Of(ValueList.Of("only one"))));
        Assert.Contains("第 1 行", error.Message);
    }
}
