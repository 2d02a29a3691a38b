using System.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using NodaTime;
using ReviewModel.Import;
using ReviewModel.Model;
using Xunit;

namespace ReviewModel.Tests.Import.Docx;

/// <summary>Tables in the genre's columns become problems or measures; any other table stays text.</summary>
public class DocxTableTests
{
    private const string Title = "某局领导班子2024年度民主生活会对照检查材料";

    /// <summary>A table; a cell "^" continues the vertical merge above, a cell "&lt;" is covered by the span of the cell before.</summary>
    public static Table Grid(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableStyle { Val = "TableGrid" }));
        foreach (var row in rows)
        {
            var tr = new TableRow();
            for (var c = 0; c < row.Length; c++)
            {
                if (row[c] == "<")
                {
                    continue;
                }

                var span = 1;
                while (c + span < row.Length && row[c + span] == "<")
                {
                    span++;
                }

                var properties = new TableCellProperties();
                if (span > 1)
                {
                    properties.Append(new GridSpan { Val = span });
                }

                var merged = row[c] == "^";
                var below = rows.SkipWhile(r => r != row).Skip(1).FirstOrDefault();
                if (merged)
                {
                    properties.Append(new VerticalMerge());
                }
                else if (below is not null && c < below.Length && below[c] == "^")
                {
                    properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                }

                var cell = new TableCell(properties);
                foreach (var line in (merged ? string.Empty : row[c]).Split('\n'))
                {
                    cell.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(DocxFile.Text(line))));
                }

                tr.Append(cell);
            }

            table.Append(tr);
        }

        return table;
    }

    private static readonly string[] ListHeader = { "序号", "存在问题", "整改措施", "责任人", "责任单位", "完成时限", "整改标准" };

    private static DocxFile Rectification(bool withMeasuresHeading = true)
    {
        var file = new DocxFile()
            .P(Title)
            .P("一、存在的问题")
            .P("一是理论学习不够深入。满足于一般性学习，研讨交流不够。")
            .P("二是调查研究不够扎实。习惯于听汇报、看材料。");
        if (withMeasuresHeading)
        {
            file.P("二、整改措施");
        }

        return file.Add(Grid(
            ListHeader,
            new[] { "1", "理论学习不够深入", "每月开展一次专题研讨。", "局长", "办公室", "2025年6月30日", "形成学习台账" },
            new[] { "2", "调查研究不够扎实", "每季度到基层调研2次。", "^", "^", "2025年12月31日", "形成调研报告" }));
    }

    [Fact]
    public void A_rectification_table_becomes_measures_with_owners_units_deadlines_standards_and_links()
    {
        var document = Rectification().Import().Document;
        var measures = document.AllMeasures.ToList();
        Assert.Equal(2, measures.Count);
        Assert.Equal("每月开展一次专题研讨。", measures[0].Title);
        Assert.Equal("局长", measures[0].Owners.Single());
        Assert.Equal("办公室", measures[0].OwningUnit);
        Assert.Equal(new LocalDate(2025, 6, 30), measures[0].Deadline!.Date);
        Assert.Equal("形成学习台账", measures[0].Standard);

        // Vertically merged owner and unit: the value above, for the second row too.
        Assert.Equal("局长", measures[1].Owners.Single());
        Assert.Equal("办公室", measures[1].OwningUnit);
        Assert.Equal(new LocalDate(2025, 12, 31), measures[1].Deadline!.Date);

        // Each row's measure addresses the row's problem.
        var problems = document.AllProblems.ToList();
        Assert.Equal(problems[0].Id, measures[0].Addresses.Single().TargetId);
        Assert.Equal(problems[1].Id, measures[1].Addresses.Single().TargetId);

        // The row's position: the paragraph of its first cell (header row: paragraphs 6–12; row 1 from 13).
        Assert.Equal(13, measures[0].Source!.Line);
        Assert.Equal(20, measures[1].Source!.Line);
    }

    [Fact]
    public void A_rectification_table_imports_as_the_same_rows_typed()
    {
        var typed = Title + "\n一、存在的问题\n一是理论学习不够深入。满足于一般性学习，研讨交流不够。\n二是调查研究不够扎实。习惯于听汇报、看材料。\n二、整改措施\n"
            + "1.每月开展一次专题研讨。（问题：理论学习不够深入；责任人：局长；责任单位：办公室；完成时限：2025年6月30日；整改标准：形成学习台账）\n"
            + "2.每季度到基层调研2次。（问题：调查研究不够扎实；责任人：局长；责任单位：办公室；完成时限：2025年12月31日；整改标准：形成调研报告）\n";
        Assert.Equal(DocxFile.Shape(ReviewImporter.Import(typed)), DocxFile.Shape(Rectification().Import()));
    }

    [Fact]
    public void A_rectification_table_after_the_problems_makes_a_measures_section()
    {
        var document = Rectification(withMeasuresHeading: false).Import().Document;
        Assert.Equal(new[] { SectionKind.Problems, SectionKind.Measures }, document.Sections.Select(s => s.Kind));
        Assert.Equal(2, document.AllMeasures.Count());
        Assert.Equal(2, document.AllProblems.Count());
    }

    [Fact]
    public void A_problem_list_table_becomes_problems_with_the_problem_as_lead()
    {
        var document = new DocxFile()
            .P(Title)
            .P("一、存在的问题")
            .Add(Grid(
                new[] { "序号", "问题", "具体表现" },
                new[] { "1", "理论学习不够深入。", "满足于一般性学习，研讨交流不够。" },
                new[] { "2", "作风不够扎实。", "习惯于听汇报、看材料。\n比如，全年下基层不足10次。" }))
            .P("二、整改措施")
            .P("1.深化理论学习。每月研讨1次。")
            .Import().Document;
        var problems = document.AllProblems.ToList();
        Assert.Equal(new[] { "理论学习不够深入。", "作风不够扎实。" }, problems.Select(p => p.Lead));
        Assert.Contains("研讨交流不够", problems[0].Body);
        Assert.Contains("全年下基层不足10次", problems[1].Body + string.Concat(problems[1].Examples.Select(e => e.Text)));
    }

    [Fact]
    public void Spanned_cells_count_for_each_column_they_cover()
    {
        var document = new DocxFile()
            .P(Title)
            .P("一、存在的问题")
            .P("一是理论学习不够深入。满足于一般性学习。")
            .P("二、整改措施")
            .Add(Grid(
                new[] { "序号", "整改措施", "责任人", "责任单位", "完成时限" },
                new[] { "1", "每月开展一次专题研讨。", "办公室主任", "<", "2025年6月30日" }))
            .Import().Document;
        var measure = document.AllMeasures.Single();
        Assert.Equal("办公室主任", measure.Owners.Single());
        Assert.Equal("办公室主任", measure.OwningUnit);
    }

    [Fact]
    public void A_column_the_genre_does_not_name_is_kept_with_its_header()
    {
        var document = new DocxFile()
            .P(Title)
            .P("一、存在的问题")
            .P("一是理论学习不够深入。满足于一般性学习。")
            .P("二、整改措施")
            .Add(Grid(
                new[] { "序号", "整改措施", "责任人", "备注" },
                new[] { "1", "每月开展一次专题研讨。", "局长", "结合主题教育" }))
            .Import().Document;
        var measure = document.AllMeasures.Single();
        Assert.Contains("备注：结合主题教育", measure.Body);
        Assert.Equal("局长", measure.Owners.Single());
    }

    [Fact]
    public void A_hostile_span_or_a_long_merged_value_is_bounded()
    {
        var table = Grid(
            new[] { "序号", "整改措施", "责任人" },
            new[] { "1", "每月开展一次专题研讨。", new string('长', 500) },
            new[] { "2", "每季度到基层调研2次。", "^" });
        var header = table.Elements<TableRow>().First().Elements<TableCell>().Last();
        header.TableCellProperties!.Append(new GridSpan { Val = int.MaxValue });
        var document = new DocxFile()
            .P(Title)
            .P("一、存在的问题")
            .P("一是理论学习不够深入。满足于一般性学习。")
            .P("二、整改措施")
            .Add(table)
            .Import().Document;
        var measures = document.AllMeasures.ToList();
        Assert.Equal(2, measures.Count);
        Assert.Contains(new string('长', 500), measures[0].Body);
        Assert.DoesNotContain(new string('长', 500), measures[1].Body);
    }

    [Fact]
    public void Any_other_table_stays_text_of_its_element()
    {
        var result = new DocxFile()
            .P(Title)
            .P("一、存在的问题")
            .P("一是理论学习不够深入。满足于一般性学习。")
            .Add(Grid(new[] { "学习次数", "研讨次数" }, new[] { "12", "4" }))
            .P("二、整改措施")
            .P("1.深化理论学习。每月研讨1次。")
            .Import();
        var shape = DocxFile.Shape(result);
        Assert.Contains("学习次数", shape);
        Assert.Contains("研讨次数", shape);
        Assert.Single(result.Document.AllMeasures);
    }
}
