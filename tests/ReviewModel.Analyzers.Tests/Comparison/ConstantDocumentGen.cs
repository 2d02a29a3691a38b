using System.Linq;
using CsCheck;
using ReviewModel.Analyzers.Tests.Infrastructure;

namespace ReviewModel.Analyzers.Tests.Comparison;

/// <summary>
/// Random documents written with constants only — the code the analyzers fully understand — with
/// duplicate IDs, links to anything, missing and empty sections, catalogues, dates and placeholders.
/// Built leniently, so that the validator (not <c>Build()</c>) reports broken links.
/// </summary>
internal static class ConstantDocumentGen
{
    private static readonly Gen<string> Text = Gen.OneOfConst(
        "\"学习不深。\"", "\"学用脱节，x月x日前未完成。\"", "\"【待补】\"", "\"全年调研××次。\"", "\"202X年\"", "\"用Excel统计。\"",
        "\"某区\"", "\"xx\" + \"条\"", "@\"完成xx篇\"", "\"\\u0078\\u0078项\"", "\"完成x\"", "\"篇\"");

    private static readonly Gen<string> ProblemId = Gen.OneOfConst("\"P1\"", "\"P2\"", "\"P3\"", "\"P4\"");

    private static readonly Gen<string> Target = Gen.OneOfConst("\"P1\"", "\"P2\"", "\"P3\"", "\"P5\"", "\"C1\"", "\"M1\"");

    private static readonly Gen<string> Date = Gen.OneOfConst("new LocalDate(2024, 12, 31)", "new LocalDate(2025, 1, 20)", "new LocalDate(2025, 6, 30)", "new LocalDate(2023, 2, 28)");

    private static readonly Gen<string> Problem = Gen.Select(ProblemId, Text, Text, Gen.Bool, (id, lead, body, example) =>
        $".Problem({id}, {lead}, {body}" + (example ? $", x => x.Example({body}))" : ")"));

    private static readonly Gen<string> Group = Gen.Select(Gen.Int[0, 3], Gen.Int[1, 4], Problem.Array[0, 2], Text, (kind, number, problems, text) =>
        kind switch
        {
            0 => $".Aspect({number}, a => a.Inline()" + string.Concat(problems) + ")",
            1 => $".CustomAspect({text}, a => a.Inline()" + string.Concat(problems) + ")",
            2 => ".Ungrouped(a => a.Inline()" + string.Concat(problems) + ")",
            _ => ".Ungrouped(a => a.Heading(\"在作风方面。\")" + string.Concat(problems) + ")",
        });

    private static readonly Gen<string> Cause = Gen.Select(Gen.OneOfConst("\"C1\"", "\"C2\"", "\"P1\""), Text, Target.Array[0, 2], (id, text, targets) =>
        $".Cause({id}, {text}, {text}" + (targets.Length == 0 ? ")" : ", x => x.Explains(" + string.Join(", ", targets) + "))"));

    private static readonly Gen<string> Measure = Gen.Select(Gen.OneOfConst("\"M1\"", "\"M2\"", "\"C1\""), Text, Target.Array[0, 2], Target.Array[0, 1], Gen.OneOf(Date.Select(d => $".Deadline({d})"), Gen.OneOfConst("", ".LongTerm()")), Text,
        (id, text, addresses, remedies, deadline, item) =>
            $".Measure({id}, {text}, {text}, x => x.Owner(\"书记\")"
            + (addresses.Length == 0 ? "" : ".Addresses(" + string.Join(", ", addresses) + ")")
            + (remedies.Length == 0 ? "" : ".Remedies(" + string.Join(", ", remedies) + ")")
            + deadline + $".Item({item}, {text}))");

    private static readonly Gen<string[]> Sections = Gen.Select(
        Gen.Select(Gen.Int[0, 2], Text, (k, t) => k switch { 0 => "", 1 => $".Preparation(p => p.Step({t}, {t}))", _ => ".Preparation(p => p.Heading(\"准备\"))" }),
        Gen.Select(Gen.Int[0, 1], Text, (k, t) => k == 0 ? "" : $".LastYearRectification(r => r.Item({t}, {t}).Closing({t}))"),
        Gen.Select(Gen.Int[0, 4], Group.Array[0, 3], (k, g) => k == 0 ? "" : ".Problems(p => p.Intro(\"问题如下。\")" + string.Concat(g) + ")"),
        Gen.Select(Gen.Int[0, 4], Cause.Array[0, 3], (k, c) => k == 0 ? "" : ".Causes(c => c.Intro(\"原因如下。\")" + string.Concat(c) + ")"),
        Gen.Select(Gen.Int[0, 4], Measure.Array[0, 3], (k, m) => k == 0 ? "" : ".Measures(m => m.Intro(\"整改如下。\")" + string.Concat(m) + ")"),
        (a, b, c, d, e) => new[] { a, b, c, d, e }).SelectMany(s => Gen.Shuffle(s));

    private static readonly Gen<string> Header = Gen.Select(Text, Gen.Int[0, 1], Gen.Int[0, 1], Gen.OneOf(Date.Select(d => $".MeetingDate({d})"), Gen.Const("")),
        Gen.OneOfConst("", ".Aspects(AspectCatalogues.Annual2024)", ".Aspects(AspectCatalogues.ThemeEducation2019)", ".Aspects(AspectCatalogues.Standing)"),
        (title, subject, meeting, date, catalogue) =>
            $".Header(h => h.Title({title})"
            + (subject == 0 ? ".LeadershipTeam(\"某市委\", \"班子\")" : ".Individual(\"某单位\", \"张三\")")
            + (meeting == 0 ? ".DemocraticLifeMeeting()" : ".OrganisationalLifeMeeting(true)")
            + date + catalogue + ")");

    /// <summary>A source file with <c>public static ReviewDocument Build()</c>.</summary>
    public static readonly Gen<string> Source = Gen.Select(Header, Sections, Gen.Bool, Gen.OneOfConst("", ".Waive(\"RM0004\", \"P1\", \"理由\")", ".Waive(\"RM0007\", \"header\", \"理由\")"), (header, sections, local, waive) =>
    {
        var chain = header + ".Preamble(\"现将有关情况汇报如下。\")" + string.Concat(sections) + waive;
        var body = local
            ? "{ var b = ReviewDocument.CreateBuilder();\n" + string.Concat(Split(chain).Select(c => "        b" + c + ";\n")) + "        return b.BuildLenient(); }"
            : "=> ReviewDocument.CreateBuilder()" + chain + ".BuildLenient();";
        return Verify.Usings + "public static class Generated\n{\n    public static ReviewDocument Build()\n    " + body + "\n}\n";
    });

    // Top-level calls of the chain: ".Header(…)", ".Problems(…)", … (split at depth 0).
    private static string[] Split(string chain)
    {
        var parts = new System.Collections.Generic.List<string>();
        var depth = 0;
        var start = 0;
        var inString = false;
        for (var i = 0; i < chain.Length; i++)
        {
            var c = chain[i];
            if (c == '"' && (i == 0 || chain[i - 1] != '\\'))
            {
                inString = !inString;
            }
            else if (!inString && c == '(')
            {
                depth++;
            }
            else if (!inString && c == ')')
            {
                depth--;
            }
            else if (!inString && depth == 0 && c == '.' && i > start)
            {
                parts.Add(chain.Substring(start, i - start));
                start = i;
            }
        }

        parts.Add(chain.Substring(start));
        return parts.ToArray();
    }
}
