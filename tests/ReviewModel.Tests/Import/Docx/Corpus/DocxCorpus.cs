using System;
using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewModel.Import;
using ReviewModel.Model;
using Lvl = ReviewModel.Tests.Import.Docx.DocxFile.Lvl;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ReviewModel.Tests.Import.Docx.Corpus;

/// <summary>
/// The DOCX corpus: small materials written the ways Word and WPS users write them, each built with the OpenXml
/// SDK, each with the same content typed as plain text (Markdown for bold leads) — the structure it must import to —
/// and, where the file carries more than text (comments, notes on what was skipped), a check of that too.
/// </summary>
internal static class DocxCorpus
{
    public const string Title = "某县委常委班子2024年度民主生活会对照检查材料";
    public const string Preamble = "按照县委要求，班子成员认真学习、广泛征求意见。现将有关情况报告如下。";

    public static readonly (string Lead, string Body)[] Problems =
    {
        ("政治理论学习不够深入。", "满足于一般性学习，研讨交流不够。"),
        ("调查研究不够扎实。", "习惯于听汇报、看材料，解剖麻雀少。"),
    };

    public static readonly (string Lead, string Body)[] Causes =
    {
        ("理论武装不够。", "学习缺乏系统性，没有做到学思用贯通。"),
        ("责任意识有所弱化。", "担当精神不足，抓落实的韧劲不够。"),
    };

    public static readonly (string Lead, string Body)[] Measures =
    {
        ("深化理论学习。", "每月开展一次专题研讨。（责任人：县委书记；完成时限：2025年6月30日）"),
        ("改进调查研究。", "每季度到基层调研2次。（责任人：县委副书记；完成时限：2025年12月31日）"),
    };

    public static readonly string[] Headings = { "存在的问题", "原因剖析", "整改措施" };

    private static readonly string[] Chinese = { "一", "二", "三", "四" };

    /// <summary>The base material typed: headings 一、, items 1. with bold leads.</summary>
    public static string Typed(string? title = null, string? preamble = null, Func<int, int, string>? item = null)
    {
        var lines = new List<string> { title ?? Title, preamble ?? Preamble };
        var lists = new[] { Problems, Causes, Measures };
        for (var s = 0; s < 3; s++)
        {
            lines.Add($"{Chinese[s]}、{Headings[s]}");
            for (var i = 0; i < lists[s].Length; i++)
            {
                lines.Add(item?.Invoke(s, i) ?? $"{i + 1}.**{lists[s][i].Lead}**{lists[s][i].Body}");
            }
        }

        return string.Join("\n", lines) + "\n";
    }

    /// <summary>The base material in Word: <paramref name="heading"/> writes a section heading, <paramref name="item"/> an item (list, index in it).</summary>
    public static DocxFile Material(DocxFile file, Func<DocxFile, int, DocxFile> heading, Func<DocxFile, int, int, DocxFile> item, bool title = true)
    {
        if (title)
        {
            file.P(Title).P(Preamble);
        }

        var lists = new[] { Problems, Causes, Measures };
        for (var s = 0; s < 3; s++)
        {
            heading(file, s);
            for (var i = 0; i < lists[s].Length; i++)
            {
                item(file, s, i);
            }
        }

        return file;
    }

    private static (string Lead, string Body) Item(int s, int i) => new[] { Problems, Causes, Measures }[s][i];

    private static DocxFile TypedHeading(DocxFile f, int s) => f.P($"{Chinese[s]}、{Headings[s]}");

    private static DocxFile TypedItem(DocxFile f, int s, int i) => f.P(Item(s, i).Body, boldLead: $"{i + 1}." + Item(s, i).Lead);

    private static WParagraph Runs(params OpenXmlElement[] children) => new(children);

    /// <summary>A content control's properties as Word writes them: an ID, a title and a tag, rich text.</summary>
    private static SdtProperties Control(int id, string title) => new(new SdtAlias { Val = title }, new Tag { Val = title }, new SdtId { Val = id });

    private static Run R(string text, bool bold = false) => bold ? new Run(new RunProperties(new Bold()), DocxFile.Text(text)) : new Run(DocxFile.Text(text));

    public sealed record Case(string Name, Func<DocxFile> Build, string Typed, Action<ImportResult>? Check = null)
    {
        /// <summary>How LibreOffice's copy differs, when it does through no fault of the reader, and which opening paragraph it changed.</summary>
        public string? LibreOfficeDiffers { get; init; }

        public override string ToString() => Name;
    }

    public static IReadOnlyList<Case> All { get; } = new List<Case>
    {
        new("01-numbering-direct", () => Material(
                new DocxFile().Abstract(1, new Lvl("decimal", "%1.")).Num(1, 1).Num(2, 1, (0, 1, null)).Num(3, 1, (0, 1, null)),
                TypedHeading,
                (f, s, i) => f.P(Item(s, i).Body, numId: s + 1, ilvl: 0, boldLead: Item(s, i).Lead)),
            Typed()),

        new("02-numbering-through-styles", () => Material(
                new DocxFile()
                    .Style("Normal", "Normal", isDefault: true)
                    .Style("Heading1", "heading 1", "Normal", outline: 0, numId: 1)
                    .Style("ProblemItem", "问题条目", "Normal", numId: 2)
                    .Style("CauseItem", "原因条目", "Normal", numId: 3)
                    .Style("MeasureItem", "措施条目", "Normal", numId: 4)
                    .Abstract(0, new Lvl("chineseCounting", "%1、", Style: "Heading1"))
                    .Abstract(1, new Lvl("decimal", "%1."))
                    .Num(1, 0).Num(2, 1).Num(3, 1, (0, 1, null)).Num(4, 1, (0, 1, null)),
                (f, s) => f.P(Headings[s], "Heading1"),
                (f, s, i) => f.P(Item(s, i).Body, new[] { "ProblemItem", "CauseItem", "MeasureItem" }[s], boldLead: Item(s, i).Lead)),
            Typed()),

        new("03-numbering-overrides", () => Material(
                new DocxFile()
                    .Abstract(1, new Lvl("decimal", "%1.", Start: 5))
                    .Num(1, 1, (0, 1, null))
                    .Num(2, 1, (0, 1, null))
                    .Num(3, 1, (0, null, new Lvl("decimal", "（%1）"))),
                TypedHeading,
                (f, s, i) => f.P(Item(s, i).Body, numId: s + 1, ilvl: 0, boldLead: Item(s, i).Lead)),
            Typed(item: (s, i) => s == 2 ? $"（{i + 1}）**{Item(s, i).Lead}**{Item(s, i).Body}" : $"{i + 1}.**{Item(s, i).Lead}**{Item(s, i).Body}")),

        new("04-numbering-chinese-multilevel", () => new DocxFile()
                .Abstract(0, new Lvl("chineseCounting", "%1、"), new Lvl("chineseCounting", "（%2）"), new Lvl("decimal", "%3."))
                .Num(1, 0)
                .P(Title).P(Preamble)
                .P(Headings[0], numId: 1, ilvl: 0)
                .P("在带头强化政治忠诚方面", numId: 1, ilvl: 1)
                .P(Problems[0].Body, numId: 1, ilvl: 2, boldLead: Problems[0].Lead)
                .P("在带头担当作为方面", numId: 1, ilvl: 1)
                .P(Problems[1].Body, numId: 1, ilvl: 2, boldLead: Problems[1].Lead)
                .P(Headings[1], numId: 1, ilvl: 0)
                .P(Causes[0].Body, numId: 1, ilvl: 2, boldLead: Causes[0].Lead)
                .P(Causes[1].Body, numId: 1, ilvl: 2, boldLead: Causes[1].Lead)
                .P(Headings[2], numId: 1, ilvl: 0)
                .P(Measures[0].Body, numId: 1, ilvl: 2, boldLead: Measures[0].Lead)
                .P(Measures[1].Body, numId: 1, ilvl: 2, boldLead: Measures[1].Lead),
            $"{Title}\n{Preamble}\n一、{Headings[0]}\n（一）在带头强化政治忠诚方面\n1.**{Problems[0].Lead}**{Problems[0].Body}\n（二）在带头担当作为方面\n1.**{Problems[1].Lead}**{Problems[1].Body}\n"
                + $"二、{Headings[1]}\n1.**{Causes[0].Lead}**{Causes[0].Body}\n2.**{Causes[1].Lead}**{Causes[1].Body}\n"
                + $"三、{Headings[2]}\n1.**{Measures[0].Lead}**{Measures[0].Body}\n2.**{Measures[1].Lead}**{Measures[1].Body}\n"),

        new("05-numbering-yishi", () => Material(
                new DocxFile().Abstract(1, new Lvl("chineseCounting", "%1是")).Num(1, 1).Num(2, 1, (0, 1, null)).Num(3, 1, (0, 1, null)),
                TypedHeading,
                (f, s, i) => f.P(Item(s, i).Body, numId: s + 1, ilvl: 0, boldLead: Item(s, i).Lead)),
            Typed(item: (s, i) => $"{Chinese[i]}是**{Item(s, i).Lead}**{Item(s, i).Body}")),

        new("06-heading-1-styles", () => Material(
                new DocxFile().Style("Heading1", "heading 1"),
                (f, s) => f.P($"{Chinese[s]}、{Headings[s]}", "Heading1"),
                TypedItem),
            Typed()),

        new("07-heading-chinese-style-names", () => Material(
                new DocxFile().Style("a3", "标题 1").Style("a4", "标题2"),
                (f, s) => f.P($"{Chinese[s]}、{Headings[s]}", "a3"),
                TypedItem),
            Typed()),

        new("08-heading-wps-styles", () => Material(
                new DocxFile().Style("2", "heading 1").Style("3", "heading 2"),
                (f, s) => f.P($"{Chinese[s]}、{Headings[s]}", "2"),
                TypedItem),
            Typed()),

        new("09-heading-outline-level", () => Material(
                new DocxFile().Style("Normal", "Normal", isDefault: true).Style("GwTitle", "公文一级标题", "Normal", outline: 0).Style("GwTitleRed", "公文一级标题红", "GwTitle"),
                (f, s) => f.P($"{Chinese[s]}、{Headings[s]}", s == 1 ? "GwTitleRed" : "GwTitle"),
                TypedItem),
            Typed()),

        new("10-revisions", () => Material(
                new DocxFile(),
                TypedHeading,
                (f, s, i) => s == 0 && i == 0
                    ? f.Add(Runs(
                        R("1." + Problems[0].Lead, bold: true),
                        new DeletedRun(new Run(new DeletedText("学习态度很好。"))) { Id = "11", Author = "王审阅" },
                        new InsertedRun(R("满足于一般性学习，")) { Id = "12", Author = "王审阅" },
                        R("研讨交流不够。"),
                        new MoveFromRun(R("（旧位置）")) { Id = "13", Author = "李审阅" }))
                    : TypedItem(f, s, i)),
            Typed(),
            r => Xunit.Assert.Contains(r.Diagnostics, d => d.Code == "RMI010")),

        new("11-deleted-paragraph-mark", () => Material(
                new DocxFile(),
                TypedHeading,
                (f, s, i) => s == 1 && i == 1
                    ? f.Add(Runs(new ParagraphProperties(new ParagraphMarkRunProperties(new Deleted { Id = "21", Author = "王审阅" })), R("2." + Causes[1].Lead, bold: true), R("担当精神不足，")))
                        .P("抓落实的韧劲不够。")
                    : TypedItem(f, s, i)),
            Typed()),

        new("12-comments", () => Material(
                new DocxFile()
                    .Comment("1", "王审阅", "问题要有具体事例", initials: "W")
                    .Comment("2", "李审阅", "时限请写到月")
                    .Comment("3", "张办公室", "已修改", replyTo: "2"),
                TypedHeading,
                (f, s, i) => (s, i) switch
                {
                    (0, 1) => f.Add(Runs(R("2." + Problems[1].Lead, bold: true), new CommentRangeStart { Id = "1" }, R(Problems[1].Body), new CommentRangeEnd { Id = "1" }, new Run(new CommentReference { Id = "1" }))),
                    (2, 0) => f.Add(Runs(new CommentRangeStart { Id = "2" }, new CommentRangeStart { Id = "3" }, R("1." + Measures[0].Lead, bold: true), R(Measures[0].Body), new CommentRangeEnd { Id = "2" }, new Run(new CommentReference { Id = "2" }), new CommentRangeEnd { Id = "3" }, new Run(new CommentReference { Id = "3" }))),
                    _ => TypedItem(f, s, i),
                }),
            Typed(),
            r =>
            {
                var d = r.Document;
                Xunit.Assert.Equal(new[] { d.AllProblems.ElementAt(1).Id, d.AllMeasures.First().Id, d.AllMeasures.First().Id }, d.Comments.Select(c => c.Target));
                Xunit.Assert.Equal(new[] { "王审阅", "李审阅", "张办公室" }, d.Comments.Select(c => c.Author));
            }),

        new("13-table-rectification-list", () => Material(
                new DocxFile(),
                TypedHeading,
                (f, s, i) => s < 2 ? TypedItem(f, s, i) : i > 0 ? f : f.Add(DocxTableTests.Grid(
                    new[] { "序号", "问题", "整改措施", "责任人", "责任单位", "完成时限" },
                    new[] { "1", Problems[0].Lead, "每月开展一次专题研讨。", "县委书记", "县委办", "2025年6月30日" },
                    new[] { "2", Problems[1].Lead, "每季度到基层调研2次。", "县委副书记", "^", "2025年12月31日" }))),
            Typed(item: (s, i) => s < 2 ? $"{i + 1}.**{Item(s, i).Lead}**{Item(s, i).Body}"
                : i == 0 ? $"1.每月开展一次专题研讨。（问题：{Problems[0].Lead.TrimEnd('。')}；责任人：县委书记；责任单位：县委办；完成时限：2025年6月30日）"
                : $"2.每季度到基层调研2次。（问题：{Problems[1].Lead.TrimEnd('。')}；责任人：县委副书记；责任单位：县委办；完成时限：2025年12月31日）"),
            r => Xunit.Assert.Equal("县委办", r.Document.AllMeasures.Last().OwningUnit)),

        new("14-table-problem-list", () => Material(
                new DocxFile(),
                TypedHeading,
                (f, s, i) => s > 0 ? TypedItem(f, s, i) : i > 0 ? f : f.Add(DocxTableTests.Grid(
                    new[] { "序号", "存在问题", "具体表现" },
                    new[] { "1", Problems[0].Lead, Problems[0].Body },
                    new[] { "2", Problems[1].Lead, Problems[1].Body }))),
            Typed()),

        new("15-table-other-kept-as-text", () => Material(
                new DocxFile().P(Title).P(Preamble).Add(DocxTableTests.Grid(new[] { "集中学习", "专题研讨" }, new[] { "12次", "4次" })),
                TypedHeading,
                TypedItem,
                title: false),
            Typed(preamble: Preamble + "\n集中学习\n专题研讨\n12次\n4次")),

        new("16-content-controls", () => Material(
                new DocxFile().P(Title).Add(new SdtBlock(Control(1, "开头"), new SdtContentBlock(DocxFile.Para(Preamble)))),
                TypedHeading,
                (f, s, i) => f.Add(Runs(new SdtRun(Control(10 + (s * 10) + i, "条目"), new SdtContentRun(R($"{i + 1}." + Item(s, i).Lead, bold: true))), R(Item(s, i).Body))),
                title: false),
            Typed()) { LibreOfficeDiffers = BlockControlRepeated },

        new("17-text-box", () => Material(
                new DocxFile().P(Title).Add(Runs(new Run(new AlternateContent(
                    new AlternateContentChoice(new Picture(new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(DocxFile.Para(Preamble)))))) { Requires = "v" },
                    new AlternateContentFallback(new Picture(new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(DocxFile.Para(Preamble)))))))))),
                TypedHeading,
                TypedItem,
                title: false),
            Typed()),

        new("18-hyperlinks-and-smart-tags", () => Material(
                new DocxFile(),
                TypedHeading,
                (f, s, i) => s == 2 && i == 0
                    ? f.Add(Runs(R("1." + Measures[0].Lead, bold: true), new Hyperlink(R("每月开展一次专题研讨。")) { Anchor = "plan" }, new CustomXmlRun(R("（责任人：县委书记；完成时限：2025年6月30日）")) { Element = "date" }))
                    : TypedItem(f, s, i)),
            Typed()),

        new("19-fields", () => Material(
                new DocxFile(),
                TypedHeading,
                (f, s, i) => s == 0 && i == 1
                    ? f.Add(Runs(
                        R("2." + Problems[1].Lead, bold: true),
                        R("习惯于听汇报、看材料，"),
                        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                        new Run(new FieldCode(" QUOTE 解剖麻雀 ")),
                        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                        R("解剖麻雀"),
                        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
                        new SimpleField(R("少")) { Instruction = " QUOTE 少 " },
                        R("。")))
                    : TypedItem(f, s, i)),
            Typed()),

        new("20-footnotes", () => Material(
                new DocxFile().Footnote(1, "据2024年统计"),
                TypedHeading,
                (f, s, i) => s == 0 && i == 0
                    ? f.Add(Runs(R("1." + Problems[0].Lead, bold: true), R("满足于一般性学习，研讨交流不够。"), new Run(new FootnoteReference { Id = 1 })))
                    : TypedItem(f, s, i)),
            Typed(item: (s, i) => s == 0 && i == 0 ? $"1.**{Problems[0].Lead}**{Problems[0].Body}（注：据2024年统计）" : $"{i + 1}.**{Item(s, i).Lead}**{Item(s, i).Body}")),

        new("21-headers-footers-cover", () => Material(
                new DocxFile()
                    .Header("内部资料")
                    .Footer("第页")
                    .P("中共某县委员会")
                    .P("对照检查材料")
                    .Add(Runs(new ParagraphProperties(new SectionProperties()), R("2025年1月")))
                    .P(Title).P(Preamble),
                TypedHeading,
                TypedItem,
                title: false),
            Typed(),
            r => Xunit.Assert.Equal(new object[] { 1, 1, 3 }, r.Diagnostics.Single(d => d.Code == "RMI011").Arguments.ToArray())),

        new("22-soft-breaks-and-tabs", () => Material(
                new DocxFile()
                    .Add(Runs(R("某县委常委班子"), new Run(new Break()), R("2024年度民主生活会对照检查材料")))
                    .Add(Runs(new Run(new TabChar()), R(Preamble))),
                TypedHeading,
                (f, s, i) => s == 2 && i == 1
                    ? f.Add(Runs(R("2." + Measures[1].Lead, bold: true), R("每季度到基层"), new Run(new Break()), R("调研2次。（责任人：县委副书记；完成时限：2025年12月31日）")))
                    : TypedItem(f, s, i),
                title: false),
            Typed(preamble: "\t" + Preamble)),

        new("23-everything-together", () => Material(
                new DocxFile()
                    .Style("Normal", "Normal", isDefault: true)
                    .Style("a3", "标题 1", "Normal", numId: 1)
                    .Abstract(0, new Lvl("chineseCounting", "%1、"))
                    .Abstract(1, new Lvl("decimal", "%1."))
                    .Num(1, 0).Num(2, 1).Num(3, 1, (0, 1, null)).Num(4, 1, (0, 1, null))
                    .Footnote(1, "含线上学习")
                    .Comment("1", "王审阅", "原因再深挖一层")
                    .Header("内部资料")
                    .P(Title).Add(new SdtBlock(Control(1, "开头"), new SdtContentBlock(DocxFile.Para(Preamble)))),
                (f, s) => f.P(Headings[s], "a3"),
                (f, s, i) => (s, i) switch
                {
                    (1, 0) => f.Add(Runs(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 3 })), new CommentRangeStart { Id = "1" }, R(Causes[0].Lead, bold: true), new CommentRangeEnd { Id = "1" }, new Run(new CommentReference { Id = "1" }), new InsertedRun(R(Causes[0].Body)) { Id = "31", Author = "王审阅" })),
                    (0, 0) => f.Add(Runs(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 2 })), R(Problems[0].Lead, bold: true), R(Problems[0].Body), new Run(new FootnoteReference { Id = 1 }))),
                    _ => f.P(Item(s, i).Body, numId: s + 2, ilvl: 0, boldLead: Item(s, i).Lead),
                },
                title: false),
            Typed(item: (s, i) => s == 0 && i == 0 ? $"1.**{Problems[0].Lead}**{Problems[0].Body}（注：含线上学习）" : $"{i + 1}.**{Item(s, i).Lead}**{Item(s, i).Body}"),
            r =>
            {
                Xunit.Assert.Equal(r.Document.AllCauses.First().Id, r.Document.Comments.Single().Target);
                Xunit.Assert.Contains(r.Diagnostics, d => d.Code == "RMI010");
                Xunit.Assert.Contains(r.Diagnostics, d => d.Code == "RMI011");
            }) { LibreOfficeDiffers = BlockControlRepeated },
    };

    /// <summary>LibreOffice 7.4 saves a block-level content control as three inline controls in one paragraph, one of them
    /// holding the text twice: the paragraph's text is written four times in the file it saves.</summary>
    public const string BlockControlRepeated = "block content control written four times by LibreOffice";
}
