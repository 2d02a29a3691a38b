using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.EndToEnd;

/// <summary>
/// Docs that compile: every <c>```csharp</c> snippet of README.md and the package README (PACKAGE.md) is compiled
/// against the PACKED package with its analyzers on (the .NET 8 compiler stand-in, <see cref="Net8Compiler"/>), as a
/// console app with the implicit usings of <c>dotnet new console</c>, and must give exactly the diagnostics the text
/// says: none unless the line before the fence says otherwise.
/// </summary>
/// <remarks>
/// Directives, an HTML comment on the line before the fence (invisible on GitHub and nuget.org):
/// <c>&lt;!-- snippet: continues --&gt;</c> compiles the snippet after the previous one of the same file (it uses its
/// variables); <c>&lt;!-- snippet: expect RM0007 RM0011 --&gt;</c> lists the diagnostics the snippet gives.
/// </remarks>
[Trait("Category", "EndToEnd")]
[Collection(PackageCollection.Name)]
public sealed class DocsCompileTests
{
    private static readonly Regex Directive = new(@"^<!--\s*snippet:\s*(?<body>.*?)\s*-->$", RegexOptions.Compiled);

    // The implicit usings of a net8.0 console app (ImplicitUsings=enable).
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private readonly PackageEndToEndTests.PackedConsumer _package;

    public DocsCompileTests(PackageEndToEndTests.PackedConsumer package)
    {
        _package = package;
    }

    public static TheoryData<string> Documents() => new() { "README.md", "src/ReviewModel/PACKAGE.md" };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Every_csharp_snippet_compiles_against_the_package_with_the_diagnostics_the_text_states(string document)
    {
        var programs = Programs(File.ReadAllLines(RepositoryFiles.PathOf(document)));
        Assert.NotEmpty(programs); // the document has snippets: the test checks something
        var work = Directory.CreateTempSubdirectory("reviewmodel-docs-").FullName;
        try
        {
            var implicitUsings = Path.Combine(work, "ImplicitUsings.cs");
            File.WriteAllText(implicitUsings, ImplicitUsings);
            var failures = new List<string>();
            for (var i = 0; i < programs.Count; i++)
            {
                var program = programs[i];
                var source = Path.Combine(work, $"{Path.GetFileNameWithoutExtension(document)}-snippet-at-line-{program.Line}.cs");
                File.WriteAllText(source, program.Source, Encoding.UTF8);
                var run = await Net8Compiler.RunAsync(
                    "--analyzers", _package.AnalyzerFolder,
                    "--reference", Path.Combine(_package.Extracted, "lib", "net8.0", "ReviewModel.dll"),
                    "--reference", Path.Combine(_package.Extracted, "lib", "net8.0", "ReviewModel.Core.dll"),
                    "--reference", Path.Combine(_package.AnalyzerFolder, "NodaTime.dll"),
                    "--source", implicitUsings,
                    "--source", source);
                Assert.True(run.ExitCode == 0, run.Output);
                Assert.Empty(run.Of("LOADFAILED"));
                Assert.Contains(run.Of("ANALYZER"), l => l.Fields[1] == "ReviewModel.Analyzers.ReviewModelAnalyzer");

                // Compiler errors and warnings, analyzer crashes and every RM/RMI diagnostic, whatever its severity.
                var reported = run.Diagnostics
                    .Where(d => d.Id.StartsWith("RM", StringComparison.Ordinal) || d.Id == "AD0001"
                        || (d.Id.StartsWith("CS", StringComparison.Ordinal) && d.Severity is "Error" or "Warning"))
                    .ToList();
                var got = reported.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
                if (!got.SequenceEqual(program.Expected.Order(StringComparer.Ordinal)))
                {
                    failures.Add($"{document}, snippet at line {program.Line}: expected [{string.Join(", ", program.Expected)}], got:"
                        + string.Concat(reported.Select(d => Environment.NewLine + "  " + d)));
                }
            }

            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void Snippets_are_found_with_their_directives()
    {
        var programs = Programs(new[]
        {
            "text", "```csharp", "using NodaTime;", "var a = 1;", "```",
            "<!-- snippet: continues -->", "```csharp", "using ReviewModel.Model;", "var b = a;", "```",
            "<!-- snippet: expect RM0007 RM0007 -->", "```csharp", "var c = 2;", "```",
        });
        Assert.Equal(2, programs.Count);
        Assert.Equal("using NodaTime;\nusing ReviewModel.Model;\n\nvar a = 1;\nvar b = a;\n", programs[0].Source);
        Assert.Empty(programs[0].Expected);
        Assert.Equal(new[] { "RM0007", "RM0007" }, programs[1].Expected);
        Assert.Equal(13, programs[1].Line);
    }

    /// <summary>A program made of one snippet and those that continue it: usings hoisted, statements in order.</summary>
    private sealed record Program(int Line, string Source, IReadOnlyList<string> Expected);

    private static List<Program> Programs(IReadOnlyList<string> lines)
    {
        var programs = new List<(int Line, List<string> Usings, List<string> Body, List<string> Expected)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            var directive = i > 0 ? Directive.Match(lines[i - 1].Trim()) : Match.Empty;
            var body = directive.Success ? directive.Groups["body"].Value : string.Empty;
            var continues = body == "continues";
            var expected = body.StartsWith("expect ", StringComparison.Ordinal)
                ? body["expect ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList()
                : new List<string>();
            if (directive.Success && !continues && expected.Count == 0)
            {
                throw new InvalidOperationException($"line {i}: unknown snippet directive '{body}'");
            }

            var snippet = new List<string>();
            for (i++; i < lines.Count && lines[i].Trim() != "```"; i++)
            {
                snippet.Add(lines[i]);
            }

            if (!continues || programs.Count == 0)
            {
                programs.Add((i - snippet.Count + 1, new List<string>(), new List<string>(), expected)); // 1-based, first code line
            }

            var program = programs[^1];
            foreach (var line in snippet)
            {
                var trimmed = line.Trim();
                if (trimmed.StartsWith("using ", StringComparison.Ordinal) && trimmed.EndsWith(';') && !trimmed.Contains('(') && !trimmed.Contains('='))
                {
                    if (!program.Usings.Contains(trimmed))
                    {
                        program.Usings.Add(trimmed);
                    }
                }
                else
                {
                    program.Body.Add(line);
                }
            }
        }

        return programs.Select(p => new Program(
            p.Line,
            string.Join("\n", p.Usings) + "\n\n" + string.Join("\n", p.Body).Trim('\n', '\r', ' ') + "\n",
            p.Expected)).ToList();
    }
}
