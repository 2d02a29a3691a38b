using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RuleCatalogueTests
{
    private static readonly CultureInfo English = new("en");

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalogue.All)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Fact]
    public void Ids_are_unique_and_each_lies_in_its_category_s_range()
    {
        var ids = RuleCatalogue.All.Select(r => r.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids); // in ID order
        foreach (var rule in RuleCatalogue.All)
        {
            // docs/rules/README.md, "ID ranges".
            var pattern = rule.Category switch
            {
                "Import" => "^RMI0[0-9][1-9]$|^RMI0[1-9]0$",
                "Files" => "^RM01[0-9]{2}$",
                _ => "^RM00[0-9][1-9]$|^RM00[1-9]0$",
            };
            Assert.Matches(new Regex(pattern), rule.Id);
        }

        // The document rules RM0001–RM0016 are numbered without gaps; typography starts its own range at RM0030.
        Assert.Equal(Enumerable.Range(1, 16).Select(n => $"RM{n:0000}"), ids.Take(16));
        Assert.Equal(new[] { "RM0030", "RM0031", "RM0032" }, ids.Where(id => RuleCatalogue.Find(id)!.Category == "Typography"));
        var importIds = ids.Where(id => id.StartsWith("RMI", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"RMI{n:000}"), importIds.Take(7));
        Assert.Contains("RMI009", importIds);
        Assert.Contains("RMI010", importIds);
        Assert.Equal("RM0100", RuleCatalogue.DocumentNotImported.Id);
        Assert.Equal(new[] { "RM0020", "RM0021", "RM0022", "RM0023" }, ids.Where(id => RuleCatalogue.Find(id)!.Category == "Ledger"));
        Assert.Equal(new[] { "RM0024", "RM0025" }, ids.Where(id => RuleCatalogue.Find(id)!.Category == "Similarity"));
        Assert.All(RuleCatalogue.All, r => Assert.Same(r, RuleCatalogue.Find(r.Id.ToLowerInvariant())));
        Assert.Null(RuleCatalogue.Find("RM9999"));
        Assert.Null(RuleCatalogue.Find(null!));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_Chinese_and_English_texts(string id)
    {
        var rule = RuleCatalogue.Find(id)!;
        foreach (var text in new[] { rule.Title(), rule.MessageFormat(), rule.Description() })
        {
            Assert.Matches(new Regex(@"\p{IsCJKUnifiedIdeographs}"), text);
        }

        foreach (var text in new[] { rule.Title(English), rule.MessageFormat(English) })
        {
            Assert.DoesNotMatch(new Regex(@"\p{IsCJKUnifiedIdeographs}"), text);
            Assert.Matches(new Regex("[A-Za-z]{3}"), text);
        }

        Assert.NotEqual(rule.Description(), rule.Description(English));
        Assert.Matches(new Regex("[A-Za-z]{3} [A-Za-z]{3}"), rule.Description(English));

        // Both languages take the same arguments.
        Assert.Equal(Arguments(rule.MessageFormat()), Arguments(rule.MessageFormat(English)));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_help_page_naming_it_in_both_languages(string id)
    {
        var rule = RuleCatalogue.Find(id)!;
        var page = Path.Combine(RepositoryRoot(), rule.HelpPath);

        Assert.True(File.Exists(page), $"missing help page {rule.HelpPath}");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {rule.Id}: {rule.Title()} / {rule.Title(English)}", text, StringComparison.Ordinal);
        Assert.Contains($"({rule.DefaultSeverity})", text);
        if (rule.Category is "Import" or "Files")
        {
            // Not about an element, so not waived: configured like every rule, in code, settings and .globalconfig.
            Assert.Contains($"WithSeverity(\"{rule.Id}\"", text);
            Assert.Contains($"dotnet_diagnostic.{rule.Id}.severity", text);
        }
        else
        {
            Assert.Contains($"d.Waive(\"{rule.Id}\"", text);
        }

        Assert.Contains($"[{rule.Id}]({rule.Id}.md)", File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", "README.md")));
        Assert.EndsWith(rule.HelpPath, rule.HelpUri, StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_page_examples_print_what_the_validator_prints()
    {
        var placeholder = Check.Validate(TestDocuments.Team with { Preamble = new[] { "按照市委统一部署，市委常委班子于x月x日召开专题会议……" } });
        Assert.Contains("// " + Check.Single(placeholder, "RM0007"), HelpPage("RM0007"));

        var early = Check.Validate(TestDocuments.Team.AddMeasure("M5", "……", "……", x => x.Addresses("P1.1").Owner("书记").Deadline(new NodaTime.LocalDate(2024, 12, 31))));
        Assert.Contains("// " + Check.Single(early, "RM0013"), HelpPage("RM0013"));

        var undeclared = Check.Validate(TestDocuments.Team.AddMeasure("M5", "……", "……", x => x.Addresses("P1.1", "P9").Owner("书记").Deadline(TestDocuments.Due)).BuildLenient());
        Assert.Contains("// " + Check.Single(undeclared, "RM0009"), HelpPage("RM0009"));
    }

    private static string HelpPage(string id) => File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md"));

    private static string[] Arguments(string format) =>
        Regex.Matches(format, @"\{(\d+)\}").Select(m => m.Groups[1].Value).Distinct().OrderBy(v => v, StringComparer.Ordinal).ToArray();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReviewModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ReviewModel.sln not found above " + AppContext.BaseDirectory);
    }
}
