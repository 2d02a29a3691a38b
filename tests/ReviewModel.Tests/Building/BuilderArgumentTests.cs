using System;
using System.Collections.Generic;
using System.Linq;
using ReviewModel.Aspects;
using ReviewModel.Building;
using ReviewModel.Model;
using Xunit;

namespace ReviewModel.Tests.Building;

/// <summary>Null and blank arguments: the exception names the parameter and the document path.</summary>
public class BuilderArgumentTests
{
    public static IEnumerable<object[]> NullArguments() => new (string Path, string Parameter, Action<ReviewDocumentBuilder> Act)[]
    {
        ("header", "describe", d => d.Header(null!)),
        ("header.title", "title", d => d.Header(h => h.Title(null!))),
        ("header.subject", "organisation", d => d.Header(h => h.LeadershipTeam(null!, "市委常委班子"))),
        ("header.subject", "name", d => d.Header(h => h.Individual("市发展改革委", null!))),
        ("header.theme", "theme", d => d.Header(h => h.Theme(null!))),
        ("header.notice", "title", d => d.Header(h => h.Notice("省委", null!))),
        ("header.catalogue", "catalogue", d => d.Header(h => h.Aspects(null!))),
        ("preamble[1]", "text", d => d.Preamble("开头。").Preamble(null!)),
        ("preparation", "describe", d => d.Preparation(null!)),
        ("preparation.heading", "heading", d => d.Preparation(p => p.Heading(null!))),
        ("preparation.intro[0]", "text", d => d.Preparation(p => p.Intro(null!))),
        ("preparation.steps[1]", "body", d => d.Preparation(p => p.Step("一。", "二。").Step("三。", null!))),
        ("lastYear.items[0]", "lead", d => d.LastYearRectification(r => r.Item(null!, "正文。"))),
        ("lastYear.closing[0]", "text", d => d.LastYearRectification(r => r.Closing(null!))),
        ("problems", "describe", d => d.Problems(null!)),
        ("problems.aspects[0]", "describe", d => d.Problems(p => p.Aspect(1, null!))),
        ("problems.aspects[1]", "describe", d => d.Problems(p => p.Aspect(1, _ => { }).Ungrouped(null!))),
        ("problems.aspects[0].heading", "heading", d => d.Problems(p => p.CustomAspect(null!, _ => { }))),
        ("problems.aspects[0].intro[0]", "text", d => d.Problems(p => p.Aspect(1, a => a.Intro(null!)))),
        ("problems.aspects[1].problems[0]", "lead", d => d.Problems(p => p.Aspect(1, a => a.Problem("P1", "领。", "正文。")).Aspect(2, a => a.Problem("P2", null!, "正文。")))),
        ("problems.aspects[0].problems[0].examples[0]", "text", d => d.Problems(p => p.Aspect(1, a => a.Problem("P1", "领。", "正文。", x => x.Example(null!))))),
        ("causes", "describe", d => d.Causes(null!)),
        ("causes[1]", "body", d => d.Causes(c => c.Cause("C1", "题。", "正文。").Cause("C2", "题。", null!))),
        ("causes[0].explains", "problemIds", d => d.Causes(c => c.Cause("C1", "题。", "正文。", x => x.Explains(null!)))),
        ("causes[0].explains[1]", "problemIds", d => d.Causes(c => c.Cause("C1", "题。", "正文。", x => x.Explains("P1", null!)))),
        ("measures", "describe", d => d.Measures(null!)),
        ("measures[0]", "title", d => d.Measures(m => m.Measure("M1", null!, "正文。"))),
        ("measures[0].addresses", "problemIds", d => d.Measures(m => m.Measure("M1", "题。", "正文。", x => x.Addresses(null!)))),
        ("measures[0].remedies[1]", "causeIds", d => d.Measures(m => m.Measure("M1", "题。", "正文。", x => x.Remedies("C1", null!)))),
        ("measures[0].items[0]", "body", d => d.Measures(m => m.Measure("M1", "题。", "正文。", x => x.Item("领。", null!)))),
        ("measures[0].owners[1]", "name", d => d.Measures(m => m.Measure("M1", "题。", "正文。", x => x.Owner("书记").Owner(null!)))),
        ("measures[0].owningUnit", "unit", d => d.Measures(m => m.Measure("M1", "题。", "正文。", x => x.OwningUnit(null!)))),
        ("measures[0].standard", "standard", d => d.Measures(m => m.Measure("M1", "题。", "正文。", x => x.Standard(null!)))),
        ("sections[0]", "describe", d => d.Section(SectionKind.CaseAnalysis, null!)),
        ("sections[1].paragraphs[0]", "text", d => d.Preamble("开头。").Problems(_ => { }).Section(SectionKind.CaseAnalysis, s => s.Paragraph(null!))),
        ("sections[0].heading", "heading", d => d.Section(SectionKind.Other, s => s.Heading(null!))),
        ("waivers[0]", "ruleId", d => d.Waive(null!, "M1", "理由")),
        ("waivers[0]", "reason", d => d.Waive("RM0011", "M1", null!)),
    }.Select(c => new object[] { c.Path, c.Parameter, c.Act });

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void A_null_argument_names_the_parameter_and_the_document_path(string path, string parameter, Action<ReviewDocumentBuilder> act)
    {
        var error = Assert.Throws<ArgumentNullException>(() => act(ReviewDocument.CreateBuilder()));
        Assert.Equal(parameter, error.ParamName);
        Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
    }

    public static IEnumerable<object[]> BlankIds() => new (string Path, string Parameter, Action<ReviewDocumentBuilder> Act)[]
    {
        ("problems.aspects[0].problems[0]", "id", d => d.Problems(p => p.Aspect(1, a => a.Problem("", "领。", "正文。")))),
        ("problems.aspects[0].problems[1]", "id", d => d.Problems(p => p.Aspect(1, a => a.Problem("P1", "领。", "正文。").Problem("   ", "领。", "正文。")))),
        ("causes[0]", "id", d => d.Causes(c => c.Cause("\t", "题。", "正文。"))),
        ("causes[0].explains[0]", "problemIds", d => d.Causes(c => c.Cause("C1", "题。", "正文。", x => x.Explains(" ")))),
        ("measures[0]", "id", d => d.Measures(m => m.Measure("\u3000", "题。", "正文。"))),
        ("measures[0].addresses[1]", "problemIds", d => d.Measures(m => m.Measure("M1", "题。", "正文。", x => x.Addresses("P1", "")))),
        ("measures[0].remedies[0]", "causeIds", d => d.Measures(m => m.Measure("M1", "题。", "正文。", x => x.Remedies(" ")))),
        ("measures[0].owners[0]", "name", d => d.Measures(m => m.Measure("M1", "题。", "正文。", x => x.Owner(" ")))),
        ("measures[0].owningUnit", "unit", d => d.Measures(m => m.Measure("M1", "题。", "正文。", x => x.OwningUnit("")))),
        ("waivers[0]", "target", d => d.Waive("RM0011", " ", "理由")),
        ("waivers[0]", "reason", d => d.Waive("RM0011", "M1", "  ")),
    }.Select(c => new object[] { c.Path, c.Parameter, c.Act });

    [Theory]
    [MemberData(nameof(BlankIds))]
    public void An_empty_or_white_space_id_is_an_argument_error_with_the_path(string path, string parameter, Action<ReviewDocumentBuilder> act)
    {
        var error = Assert.Throws<ArgumentException>(() => act(ReviewDocument.CreateBuilder()));
        Assert.Equal(parameter, error.ParamName);
        Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_count_is_out_of_range_with_the_path()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ReviewDocument.CreateBuilder().Preparation(p => p.TalksHeld(-1)));
        Assert.Contains("preparation.talksHeld", error.Message);
    }

    [Fact]
    public void Create_with_no_description_names_the_argument()
    {
        Assert.Equal("describe", Assert.Throws<ArgumentNullException>(() => ReviewDocument.Create(null!)).ParamName);
    }

    [Fact]
    public void A_rejected_custom_aspect_leaves_no_empty_group_behind()
    {
        var builder = ReviewDocument.CreateBuilder()
            .Header(h => h.Title("材料").LeadershipTeam("某市委", "市委常委班子").Aspects(AspectCatalogues.Annual2024));
        builder.Problems(p =>
        {
            Assert.Throws<ArgumentNullException>(() => p.CustomAspect(null!, _ => { }));
            p.Aspect(1, a => a.Problem("P1", "领。", "正文。"));
        });

        var group = Assert.Single(builder.Build().Problems!.Aspects);
        Assert.Equal("2024-annual.1", group.AspectId);
    }
}
