using System.Linq;
using CsCheck;
using ReviewModel.Analyzers.Tests.Infrastructure;

namespace ReviewModel.Analyzers.Tests.Robustness;

/// <summary>
/// Random fluent-builder code: valid and invalid calls, constant and non-constant arguments, lambdas,
/// blocks, loops, method groups, helpers, duplicate sections, impossible dates, odd literals — and
/// sometimes the whole text cut off at a random character.
/// </summary>
internal static class FluentChainGen
{
    private static readonly Gen<string> Id = Gen.OneOfConst("\"P1\"", "\"P2\"", "\"C1\"", "\"M1\"", "\"X\"", "\"\"", "\" \"", "v", "null", "arr[0]", "$\"P{n}\"", "Const");

    private static readonly Gen<string> Text = Gen.OneOfConst(
        "\"学习不深。\"", "\"x月x日\"", "\"【待补】\"", "\"\\\"xx\\\"\\n\"", "@\"xx \"\"q\"\"\"", "$\"{v}xx\"", "\"a\" + \"xx\"", "v", "null",
        "\"\"\"raw xx\"\"\"", "\"202X年\"", "\"**年度\"", "\"\\u0078\\u0078次\"", "Const", "\"Excel 3×4\"", "\"【\"");

    private static readonly Gen<string> Date = Gen.OneOf(
        Gen.Select(Gen.Int[-1, 10000], Gen.Int[-1, 14], Gen.Int[-1, 32], (y, m, d) => $"new LocalDate({y}, {m}, {d})"),
        Gen.OneOfConst("date", "new LocalDate(2025, 1, 1)", "new LocalDate(year: 2024, month: 2, day: 29)", "new LocalDate(2023, 2, 29)", "default", "new LocalDate()"));

    private static readonly Gen<string> Links = Gen.OneOf(
        Id.Array[0, 3].Select(ids => string.Join(", ", ids)),
        Gen.OneOfConst("arr", "null", "new[] { \"P1\", v }", "new string[0]"));

    private static readonly Gen<string> ProblemCall = Gen.Select(Id, Text, Text, Gen.Int[0, 3], (id, lead, body, shape) => shape switch
    {
        0 => $".Problem({id}, {lead}, {body})",
        1 => $".Problem({id}, {lead}, {body}, x => x.Example({lead}))",
        2 => $".Problem({id}, {lead}, {body}, Helper)",
        _ => $".Problem(id: {id}, body: {body}, lead: {lead}, describe: null)",
    });

    private static readonly Gen<string> GroupBody = Gen.Select(ProblemCall.Array[0, 3], Gen.Int[0, 4], Text, (problems, shape, text) => shape switch
    {
        0 => "a => a" + string.Concat(problems),
        1 => "a => a.Heading(" + text + ")" + string.Concat(problems),
        2 => "a => { " + string.Concat(problems.Select(p => "a" + p + "; ")) + "}",
        3 => "a => { foreach (var s in arr) { a" + problems.FirstOrDefault() + "; } }",
        _ => "Helper",
    });

    private static readonly Gen<string> Group = Gen.Select(Gen.Int[0, 3], Gen.OneOfConst("1", "2", "4", "0", "-1", "9", "n"), Text, GroupBody, (kind, number, text, body) => kind switch
    {
        0 => $".Aspect({number}, {body})",
        1 => $".CustomAspect({text}, {body})",
        2 => $".Ungrouped({body})",
        _ => $".Intro({text})",
    });

    private static readonly Gen<string> CauseCall = Gen.Select(Id, Text, Links, Gen.Int[0, 2], (id, text, links, shape) => shape switch
    {
        0 => $".Cause({id}, {text}, {text}, x => x.Explains({links}))",
        1 => $".Cause({id}, {text}, {text})",
        _ => $".Cause({id}, {text}, {text}, x => {{ x.Explains({links}); Helper(x); }})",
    });

    private static readonly Gen<string> MeasureDescribe = Gen.Select(Links, Links, Date, Text, Gen.Int[0, 3], (a, r, date, text, shape) => shape switch
    {
        0 => $"x => x.Addresses({a}).Remedies({r}).Deadline({date}).Item({text}, {text}).Standard({text})",
        1 => $"x => x.Addresses({a}).LongTerm().Owner({text})",
        2 => $"x => x.Deadline({date}).Deadline({date})",
        _ => $"x => {{ x.Addresses({a}); if (n > 0) x.Remedies({r}); }}",
    });

    private static readonly Gen<string> MeasureCall = Gen.Select(Id, Text, MeasureDescribe, (id, text, describe) => $".Measure({id}, {text}, {text}, {describe})");

    private static readonly Gen<string> Section = Gen.OneOf(
        Group.Array[0, 4].Select(g => ".Problems(p => p" + string.Concat(g) + ")"),
        CauseCall.Array[0, 3].Select(c => ".Causes(c => c" + string.Concat(c) + ")"),
        MeasureCall.Array[0, 3].Select(m => ".Measures(m => m" + string.Concat(m) + ")"),
        Text.Select(t => ".Preparation(p => p.Step(" + t + ", " + t + ").StudySessions(-1))"),
        Text.Select(t => ".LastYearRectification(r => r.Item(" + t + ", " + t + "))"),
        Text.Select(t => ".Section(SectionKind.CaseAnalysis, s => s.Heading(" + t + ").Paragraph(" + t + "))"),
        Text.Select(t => ".Preamble(" + t + ")"),
        Gen.OneOfConst(".Waive(\"RM0004\", \"P1\", \"理由\")", ".Waive(v, \"P1\", \"理由\")", ".Waive(\"RM0007\", \"preamble\", \"理由\")", ".Problems(null!)", ".Causes(Helper)"));

    private static readonly Gen<string> Header = Gen.Select(Text, Gen.Int[0, 3], Date, Gen.OneOfConst("AspectCatalogues.Annual2024", "AspectCatalogues.ThemeEducation2019", "AspectCatalogues.Standing", "Local", "null!"), (title, subject, date, catalogue) =>
        ".Header(h => h.Title(" + title + ")" + subject switch
        {
            0 => ".LeadershipTeam(\"某市委\", \"班子\")",
            1 => ".Individual(\"某单位\", \"张三\").OrganisationalLifeMeeting()",
            2 => ".LeadershipTeam(\"某市委\", \"班子\").OrganisationalLifeMeeting(true).DemocraticLifeMeeting()",
            _ => string.Empty,
        } + ".MeetingDate(" + date + ").Aspects(" + catalogue + "))");

    private static readonly Gen<string> Chain = Gen.Select(Header, Section.Array[0, 7], Gen.Bool, (header, sections, headerFirst) =>
        headerFirst ? header + string.Concat(sections) : string.Concat(sections) + header);

    /// <summary>A complete source file around a random chain, in one of three document shapes.</summary>
    public static readonly Gen<string> Source = Gen.Select(Chain, Gen.Int[0, 2], Gen.Int[0, 9], Gen.Double[0, 1], (chain, shape, cut, at) =>
    {
        var body = shape switch
        {
            0 => "ReviewDocument M() => ReviewDocument.Create(d => d" + chain + ");",
            1 => "ReviewDocument M() { var b = ReviewDocument.CreateBuilder(); b" + chain.Replace(").", ");\n b.") + "; return b.Build(); }",
            _ => "ReviewDocument M() => ReviewDocument.CreateBuilder()" + chain + ".BuildLenient();",
        };
        var source = Verify.Usings + """
            class C
            {
                const string Const = "xx";
                static readonly ReviewModel.Aspects.AspectCatalogue Local = AspectCatalogue.FromTitles("l", null, "m", "一");
                string v = "v"; string[] arr = { "P1" }; int n = 1; LocalDate date = default;
                static void Helper(object x) { }
                static void Helper(CauseBuilder x) { }
                static void Helper(ProblemBuilder x) { }
                static void Helper(AspectGroupBuilder x) { }
                static void Helper(CauseSectionBuilder x) { }

            """ + body + "\n}\n";
        return cut == 0 ? source.Substring(0, (int)(at * source.Length)) : source;
    });
}
