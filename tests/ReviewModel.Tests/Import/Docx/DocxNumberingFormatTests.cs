using System.Linq;
using ReviewModel.Import;
using Xunit;
using Lvl = ReviewModel.Tests.Import.Docx.DocxFile.Lvl;

namespace ReviewModel.Tests.Import.Docx;

/// <summary>Number formats, level texts, restarts, overrides and legal numbering, as Word displays them.</summary>
public class DocxNumberingFormatTests
{
    [Theory]
    [InlineData("decimal", 12, "12")]
    [InlineData("decimalZero", 3, "03")]
    [InlineData("decimalFullWidth", 12, "１２")]
    [InlineData("chineseCounting", 1, "一")]
    [InlineData("chineseCounting", 10, "十")]
    [InlineData("chineseCounting", 23, "二十三")]
    [InlineData("chineseCountingThousand", 105, "一百零五")]
    [InlineData("ideographDigital", 10, "一〇")]
    [InlineData("chineseLegalSimplified", 12, "壹拾贰")]
    [InlineData("ideographTraditional", 1, "甲")]
    [InlineData("ideographTraditional", 3, "丙")]
    [InlineData("ideographTraditional", 11, "甲")]
    [InlineData("ideographZodiac", 2, "丑")]
    [InlineData("decimalEnclosedCircleChinese", 1, "①")]
    [InlineData("decimalEnclosedCircle", 20, "⑳")]
    [InlineData("decimalEnclosedCircle", 21, "21")]
    [InlineData("ideographEnclosedCircle", 2, "㈡")]
    [InlineData("decimalEnclosedParen", 3, "⑶")]
    [InlineData("decimalEnclosedFullstop", 3, "⒊")]
    [InlineData("upperLetter", 2, "B")]
    [InlineData("lowerLetter", 28, "bb")]
    [InlineData("upperRoman", 14, "XIV")]
    [InlineData("lowerRoman", 4, "iv")]
    [InlineData("ordinal", 2, "2nd")]
    [InlineData("none", 2, "")]
    [InlineData("somethingNew", 7, "7")]
    public void Formats_a_number_as_Word_does(string format, int number, string expected) =>
        Assert.Equal(expected, NumberFormats.Format(number, format));

    [Theory]
    [InlineData("decimal", "%1.", "1.甲", "2.乙")]
    [InlineData("chineseCounting", "（%1）", "（一）甲", "（二）乙")]
    [InlineData("chineseCounting", "%1、", "一、甲", "二、乙")]
    [InlineData("chineseCounting", "%1是", "一是甲", "二是乙")]
    [InlineData("chineseCounting", "第%1条", "第一条甲", "第二条乙")]
    [InlineData("ideographTraditional", "%1、", "甲、甲", "乙、乙")]
    [InlineData("decimalEnclosedCircleChinese", "%1", "①甲", "②乙")]
    [InlineData("decimal", "(%1)", "(1)甲", "(2)乙")]
    public void Level_texts_give_the_displayed_label(string format, string text, string first, string second)
    {
        var lines = new DocxFile()
            .Abstract(0, new Lvl(format, text))
            .Num(1, 0)
            .P("甲", numId: 1, ilvl: 0)
            .P("乙", numId: 1, ilvl: 0)
            .ReadText().Split('\n');
        Assert.Equal(new[] { first, second }, lines);
    }

    [Fact]
    public void Multi_level_numbers_restart_deeper_levels_and_honour_lvlRestart()
    {
        var lines = new DocxFile()
            .Abstract(0, new Lvl("decimal", "%1."), new Lvl("decimal", "%1.%2"), new Lvl("decimal", "%1.%2.%3", Restart: 1))
            .Num(1, 0)
            .P("a", numId: 1, ilvl: 0)
            .P("b", numId: 1, ilvl: 1)
            .P("c", numId: 1, ilvl: 2)
            .P("d", numId: 1, ilvl: 1)
            .P("e", numId: 1, ilvl: 2) // lvlRestart 1: level 3 restarts only after level 1, so it goes on
            .P("f", numId: 1, ilvl: 0)
            .P("g", numId: 1, ilvl: 1)
            .ReadText().Split('\n');
        Assert.Equal(new[] { "1.a", "1.1 b", "1.1.1 c", "1.2 d", "1.2.2 e", "2.f", "2.1 g" }, lines);
    }

    [Fact]
    public void Instances_share_the_list_unless_they_override_and_start_gives_the_first_number()
    {
        var lines = new DocxFile()
            .Abstract(0, new Lvl("decimal", "%1.", Start: 3))
            .Num(1, 0)
            .Num(2, 0)
            .Num(3, 0, (0, 1, null))
            .Num(4, 0, (0, null, new Lvl("chineseCounting", "（%1）", Start: 5)))
            .P("a", numId: 1, ilvl: 0)
            .P("b", numId: 2, ilvl: 0) // same abstract, no override: Word continues the list
            .P("c", numId: 3, ilvl: 0) // startOverride: restarts at 1
            .P("d", numId: 3, ilvl: 0)
            .P("e", numId: 4, ilvl: 0) // a replaced level
            .P("f", numId: 0, ilvl: 0) // numId 0: no numbering
            .ReadText().Split('\n');
        Assert.Equal(new[] { "3.a", "4.b", "1.c", "2.d", "（五）e", "f" }, lines);
    }

    [Fact]
    public void Legal_numbering_writes_every_level_in_decimal()
    {
        var lines = new DocxFile()
            .Abstract(0, new Lvl("chineseCounting", "%1、"), new Lvl("decimal", "%1.%2", Legal: true))
            .Num(1, 0)
            .P("a", numId: 1, ilvl: 0)
            .P("b", numId: 1, ilvl: 1)
            .ReadText().Split('\n');
        Assert.Equal(new[] { "一、a", "1.1 b" }, lines);
    }

    [Fact]
    public void Numbering_comes_through_the_style_and_its_basedOn_chain_and_bullets_have_no_label()
    {
        var lines = new DocxFile()
            .Style("ListBase", "列表基础", numId: 1)
            .Style("MyList", "我的列表", basedOn: "ListBase")
            .Style("Bullets", "项目符号", numId: 2)
            .Abstract(0, new Lvl("chineseCounting", "%1是"))
            .Abstract(1, new Lvl("bullet", "\u25CF"))
            .Num(1, 0)
            .Num(2, 1)
            .P("学习不深入。", "MyList")
            .P("调研不够。", "MyList")
            .P("要点", "Bullets")
            .P("direct level override of a styled list", "MyList", ilvl: 0)
            .ReadText().Split('\n');
        Assert.Equal(new[] { "一是学习不深入。", "二是调研不够。", "要点", "三是direct level override of a styled list" }, lines);
    }

    [Fact]
    public void A_hostile_level_text_is_cut_and_cannot_break_a_line()
    {
        var lines = new DocxFile()
            .Abstract(0, new Lvl("decimal", "%1\n" + new string('长', 1000)))
            .Num(1, 0)
            .P("a", numId: 1, ilvl: 0)
            .ReadText().Split('\n');
        Assert.Single(lines);
        Assert.True(lines[0].Length <= NumberingResolver.MaxLabelLength + 2);
    }

    [Fact]
    public void Automatic_and_typed_numbers_give_the_same_structure_for_each_marker_style()
    {
        // （一） aspects, 一是 items: the recognisers see the same text either way.
        var docx = new DocxFile()
            .Abstract(0, new Lvl("chineseCounting", "%1、"), new Lvl("chineseCounting", "（%2）"))
            .Abstract(1, new Lvl("chineseCounting", "%1是"))
            .Num(1, 0)
            .Num(2, 1)
            .Num(3, 1, (0, 1, null))
            .P("某局领导班子2025年度民主生活会对照检查材料")
            .P("存在的问题", numId: 1, ilvl: 0)
            .P("在带头强化政治忠诚、提高政治能力方面", numId: 1, ilvl: 1)
            .P("政治理论学习不够深入。满足于一般性学习。", numId: 2, ilvl: 0)
            .P("贯彻落实有偏差。个别政策落地慢。", numId: 2, ilvl: 0)
            .P("在带头干事创业、担当作为方面", numId: 1, ilvl: 1)
            .P("改革攻坚劲头不足。有畏难情绪。", numId: 3, ilvl: 0);
        var typed = "某局领导班子2025年度民主生活会对照检查材料\n一、存在的问题\n（一）在带头强化政治忠诚、提高政治能力方面\n"
            + "一是政治理论学习不够深入。满足于一般性学习。\n二是贯彻落实有偏差。个别政策落地慢。\n"
            + "（二）在带头干事创业、担当作为方面\n一是改革攻坚劲头不足。有畏难情绪。\n";
        var fromWord = docx.Import();
        var fromText = ReviewImporter.Import(typed, ImportOptions.Default.WithFile("material.txt"));
        Assert.Equal(new[] { 2, 1 }, fromWord.Document.Problems!.Aspects.Select(a => a.Problems.Count));
        Assert.Equal(DocxFile.Shape(fromText), DocxFile.Shape(fromWord));
        Assert.Equal(4, fromWord.Document.Problems.Aspects[0].Problems[0].Source!.Line);
    }
}
