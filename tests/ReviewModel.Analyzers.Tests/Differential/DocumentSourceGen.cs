using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ReviewModel.Analyzers.Tests.Infrastructure;

namespace ReviewModel.Analyzers.Tests.Differential;

/// <summary>
/// Random documents written as C# the way consumers write them: the fluent chain with constants, but also
/// <c>const</c> IDs and texts, constant interpolation, collection expressions with spreads, <c>new[] {…}</c>,
/// <c>params</c>, extension methods and static helpers that add problems and accountability (QuestPDF-style
/// composition), local functions, and — in "partly known" documents — values the compiler cannot know
/// (a mutable static field) and loops. Each source has <c>public static ReviewDocument Build()</c>, which
/// builds the same document at run time.
/// </summary>
internal sealed class DocumentSourceGen
{
    private static readonly string[] Texts =
    {
        "学习不深。", "学用脱节，x月x日前未完成。", "【待补】", "全年调研××次。", "202X年度计划落空。", "用Excel统计。",
        "某区", "完成xx篇", "有的同志学习不够。", "班子成员带头不够。", "今后一定改正。", "每月学习2次。", "年底前完成。",
    };

    private static readonly string[] Dates = { "new LocalDate(2024, 12, 31)", "new LocalDate(2025, 1, 20)", "new LocalDate(2025, 6, 30)", "new LocalDate(2023, 2, 28)" };

    private readonly Random _random;
    private readonly bool _partlyKnown;
    private readonly StringBuilder _helpers = new();
    private readonly List<string> _constants = new();
    private int _helperCount;
    private bool _catalogue;

    private DocumentSourceGen(int seed, bool partlyKnown)
    {
        _random = new Random(seed);
        _partlyKnown = partlyKnown;
    }

    /// <summary>The source the analyzer checks and the source that builds the same document at run time
    /// (the same chain, built leniently).</summary>
    public static (string Analyzed, string Runtime) Generate(int seed, bool partlyKnown) =>
        new DocumentSourceGen(seed, partlyKnown).Render();

    private bool Chance(int percent) => _random.Next(100) < percent;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private (string Analyzed, string Runtime) Render()
    {
        var chain = new StringBuilder();
        chain.Append(Header());
        chain.Append($".Preamble({Text()})");
        var sections = new List<string>();
        if (Chance(70))
        {
            sections.Add(Chance(85) ? $".Preparation(p => p.Step({Text()}, {Text()}).OpinionsSolicited(3))" : ".Preparation(p => p.Heading(\"准备\"))");
        }

        if (Chance(70))
        {
            sections.Add($".LastYearRectification(r => r.Item({Text()}, {Text()}).Closing({Text()}))");
        }

        if (Chance(85))
        {
            sections.Add(".Problems(p => p.Intro(\"问题如下。\")" + string.Concat(Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Group())) + ")");
        }

        if (Chance(80))
        {
            sections.Add(".Causes(c => c.Intro(\"原因如下。\")" + string.Concat(Enumerable.Range(0, _random.Next(0, 3)).Select(_ => Cause())) + ")");
        }

        if (Chance(85))
        {
            sections.Add(".Measures(m => m.Intro(\"整改如下。\")" + string.Concat(Enumerable.Range(0, _random.Next(0, 3)).Select(_ => Measure())) + ")");
        }

        if (Chance(20))
        {
            sections.Add($".Section(SectionKind.CaseAnalysis, s => s.Heading(\"案例剖析\").Paragraph({Text()}))");
        }

        foreach (var section in sections.OrderBy(_ => _random.Next()))
        {
            chain.Append(section);
        }

        if (Chance(25))
        {
            chain.Append(Pick(new[] { ".Waive(\"RM0004\", \"P1\", \"理由\")", ".Waive(\"RM0007\", \"header\", \"理由\")", ".Waive(\"RM0011\", \"M1\", \"理由\")", ".Waive(\"RM0007\", \"problems.aspects[0]\", \"理由\")" }));
        }

        // What the analyzer sees, in one of three forms; what runs is always the lenient build of the same
        // chain (Create() would throw on RM0009/RM0010, which the validator is to report).
        var lenient = "=> ReviewDocument.CreateBuilder()" + chain + ".BuildLenient();";
        var body = _random.Next(3) switch
        {
            0 => lenient,
            1 => "{ var b = ReviewDocument.CreateBuilder(); b" + chain + "; return b.BuildLenient(); }",
            _ => "=> ReviewDocument.Create(d => d" + chain + ");",
        };
        return (Assemble(body), Assemble(lenient));
    }

    private string Assemble(string body)
    {

        var source = new StringBuilder(Verify.Usings);
        source.Append("using ReviewModel.Building;\n");
        source.Append("public static class Generated\n{\n");
        source.Append("    static string s_prefix = \"\";\n    public static string Dyn(string s) => s_prefix + s;\n");
        source.Append("    public static ReviewDocument Build()\n    ").Append(body).Append("\n}\n");
        source.Append("public static class Helpers\n{\n").Append(_helpers).Append("}\n");
        source.Append("public static class K\n{\n");
        foreach (var constant in _constants)
        {
            source.Append("    public ").Append(constant).Append('\n');
        }

        source.Append("}\n");
        return source.ToString();
    }

    private string Header()
    {
        var header = new StringBuilder($".Header(h => h.Title({Text()})");
        header.Append(Chance(50) ? ".LeadershipTeam(\"某市委\", \"班子\")" : $".Individual(\"某单位\", {Text()})");
        header.Append(Chance(50) ? ".DemocraticLifeMeeting()" : ".OrganisationalLifeMeeting(true)");
        if (Chance(60))
        {
            header.Append($".MeetingDate({Date()})");
        }

        if (Chance(50))
        {
            _catalogue = true;
            header.Append(Pick(new[] { ".Aspects(AspectCatalogues.Annual2024)", ".Aspects(AspectCatalogues.ThemeEducation2019)", ".Aspects(AspectCatalogues.Standing)" }));
        }

        return header.Append(')').ToString();
    }

    private string Group()
    {
        var problems = string.Concat(Enumerable.Range(0, _random.Next(0, 3)).Select(_ => Problem()));
        var kind = _random.Next(5);
        var opening = kind switch
        {
            // Aspect numbers within every catalogue used (each has at least 3 aspects), when one is set.
            0 when _catalogue => $".Aspect({_random.Next(1, 4)}, a => a.Inline()",
            0 => null,
            1 => $".CustomAspect({Text()}, a => a.Inline()",
            2 => ".Ungrouped(a => a.Inline()",
            3 => ".Ungrouped(a => a.Heading(\"在作风方面。\")",
            _ => ".Ungrouped(a => a.Closing(\"以上。\")",
        };
        opening ??= ".Ungrouped(a => a.Intro(\"总体较好。\")";
        if (Chance(15))
        {
            // A local function in a block-bodied lambda.
            return opening.Replace("a => a", "a => { a", StringComparison.Ordinal) + "; void Add(string id, string lead) => a.Problem(id, lead, \"……\"); "
                + $"Add({Id("P")}, {Text()}); {Statement(problems)} }})";
        }

        if (_partlyKnown && Chance(20))
        {
            return opening.Replace("a => a", "a => { a", StringComparison.Ordinal) + $"; foreach (var id in new[] {{ \"P7\", \"P8\" }}) {{ a.Problem(id, \"循环。\", \"……\"); }} {Statement(problems)} }})";
        }

        return opening + problems + ")";
    }

    private static string Statement(string calls) => calls.Length == 0 ? string.Empty : "a" + calls + ";";

    private string Problem()
    {
        var id = Id("P");
        switch (_random.Next(6))
        {
            case 0:
                // An extension method that adds a fixed problem (QuestPDF-style composition).
                var name = $"AddDiscipline{_helperCount++}";
                _helpers.Append($"    public static AspectGroupBuilder {name}(this AspectGroupBuilder a) => a.Problem({id}, {Text()}, {Text()}, x => x.Example({Text()}));\n");
                return $".{name}()";
            case 1:
                // A generic helper with parameters, called with constants.
                EnsureWithProblem();
                return $".WithProblem({id}, {Text()}, {Text()})";
            default:
                return $".Problem({id}, {Text()}, {Text()}" + (Chance(40) ? $", x => x.Example({Text()}))" : ")");
        }
    }

    private void EnsureWithProblem()
    {
        const string helper = "    public static AspectGroupBuilder WithProblem(this AspectGroupBuilder a, string id, string lead, string body) => Helpers.Add(a, id, lead, body);\n"
            + "    static AspectGroupBuilder Add(AspectGroupBuilder a, string id, string lead, string body) { a.Problem(id, lead, body); return a; }\n";
        if (!_helpers.ToString().Contains("WithProblem(this", StringComparison.Ordinal))
        {
            _helpers.Append(helper);
        }
    }

    private string Cause()
    {
        var targets = Links("P", 2);
        return $".Cause({Id(Chance(80) ? "C" : "P")}, {Text()}, {Text()}" + (targets is null ? ")" : $", x => x.Explains({targets}))");
    }

    private string Measure()
    {
        var describe = new StringBuilder("x => x.ItemsAsParagraphs()");
        if (Chance(70))
        {
            if (Chance(30))
            {
                var name = $"Accountable{_helperCount++}";
                _helpers.Append($"    public static MeasureBuilder {name}(this MeasureBuilder m) => m.Owner(\"书记\").Deadline({Date()});\n");
                describe.Append($".{name}()");
            }
            else
            {
                describe.Append(Chance(70) ? ".Owner(\"书记\")" : ".OwningUnit(\"办公室\")");
            }
        }

        if (Links("P", 3) is { } addresses)
        {
            describe.Append($".Addresses({addresses})");
        }

        if (Links("C", 1) is { } remedies)
        {
            describe.Append($".Remedies({remedies})");
        }

        if (!describe.ToString().Contains(".Accountable", StringComparison.Ordinal))
        {
            describe.Append(_random.Next(3) switch { 0 => $".Deadline({Date()})", 1 => ".LongTerm()", _ => string.Empty });
        }

        if (Chance(50))
        {
            describe.Append($".Item({Text()}, {Text()})");
        }

        if (Chance(25))
        {
            describe.Append($".Standard({Text()})");
        }

        var lambda = describe.ToString();
        if (Chance(20))
        {
            var more = string.Join(", ", Enumerable.Range(0, _random.Next(1, 3)).Select(_ => Id("P")));
            // A block lambda with a local array, spread into a collection expression.
            lambda = "x => { string[] ids = [" + more + "]; " + lambda.Substring("x => ".Length) + ".Addresses([..ids]); }";
        }

        return $".Measure({Id(Chance(85) ? "M" : "C")}, {Text()}, {Text()}, {lambda})";
    }

    /// <summary>Links in one of the forms C# offers, or null for none.</summary>
    private string? Links(string prefix, int max)
    {
        var count = _random.Next(0, max + 1);
        if (count == 0)
        {
            return null;
        }

        var ids = Enumerable.Range(0, count).Select(_ => Chance(85) ? Id(prefix) : Id(Pick(new[] { "P", "C", "M" }))).ToArray();
        var list = string.Join(", ", ids);
        switch (_random.Next(5))
        {
            case 0:
                return $"new[] {{ {list} }}";
            case 1:
                return $"[{list}]";
            case 2:
                return $"[..new[] {{ {list} }}]";
            default:
                return list;
        }
    }

    private string Id(string prefix)
    {
        var id = prefix + _random.Next(1, 5);
        if (_partlyKnown && Chance(10))
        {
            return $"Generated.Dyn(\"{id}\")";
        }

        switch (_random.Next(5))
        {
            case 0:
                var name = $"Id{_constants.Count}";
                _constants.Add($"const string {name} = \"{id}\";");
                return "K." + name;
            case 1:
                var prefixName = $"Prefix{_constants.Count}";
                _constants.Add($"const string {prefixName} = \"{prefix}\";");
                return $"$\"{{K.{prefixName}}}{id.Substring(1)}\"";
            default:
                return $"\"{id}\"";
        }
    }

    private string Text()
    {
        var text = Pick(Texts);
        if (_partlyKnown && Chance(10))
        {
            return $"Generated.Dyn(\"{text}\")";
        }

        switch (_random.Next(6))
        {
            case 0:
                var name = $"Text{_constants.Count}";
                _constants.Add($"const string {name} = \"{text}\";");
                return "K." + name;
            case 1 when text.Length > 2:
                return $"\"{text.Substring(0, 2)}\" + \"{text.Substring(2)}\"";
            default:
                return $"\"{text}\"";
        }
    }

    private string Date() => Pick(Dates);
}
