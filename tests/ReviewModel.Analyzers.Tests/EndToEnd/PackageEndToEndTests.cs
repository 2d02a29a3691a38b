using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.EndToEnd;

/// <summary>
/// Packs ReviewModel into a local folder once, then builds the consumer in <c>tests/ConsumerSmoke</c>
/// (copied to a temporary folder, with its own nuget.config, empty Directory.*.props, and a fresh
/// packages folder) against that package, and checks what the analyzers report in a real build.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(PackageCollection.Name)]
public sealed class PackageEndToEndTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);
    private static readonly Regex DiagnosticLine = new(@"(?<file>[^\s\\/(]+\.cs)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>RM\d{4})", RegexOptions.Compiled);
    private static readonly Regex DocumentLine = new(@"(?<file>[^\s\\/(]+\.(?:md|txt))\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>RM\d{4}): (?<message>[^\r\n]*)", RegexOptions.Compiled);
    private static readonly Regex Marker = new(@"// expect: (?<ids>RM\d{4}(?:, RM\d{4})*)", RegexOptions.Compiled);

    private readonly PackedConsumer _consumer;

    public PackageEndToEndTests(PackedConsumer consumer)
    {
        _consumer = consumer;
    }

    [Fact]
    public void The_package_holds_the_library_and_the_analyzers()
    {
        using var package = ZipFile.OpenRead(_consumer.Package);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("lib/netstandard2.0/ReviewModel.dll", entries);
        Assert.Contains("lib/netstandard2.0/ReviewModel.xml", entries);
        Assert.Contains("lib/net8.0/ReviewModel.dll", entries);
        // The core assembly (model, building, validation, text import) ships inside the package, not as a dependency.
        Assert.Contains("lib/netstandard2.0/ReviewModel.Core.dll", entries);
        Assert.Contains("lib/netstandard2.0/ReviewModel.Core.xml", entries);
        Assert.Contains("lib/net8.0/ReviewModel.Core.dll", entries);
        Assert.Contains("lib/net8.0/en/ReviewModel.Core.resources.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ReviewModel.Analyzers.dll", entries);
        // The C# analyzer has no texts of its own any more: it reports the core's (its en satellite is below).
        Assert.DoesNotContain("analyzers/dotnet/cs/en/ReviewModel.Analyzers.resources.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ReviewModel.Analyzers.CodeFixes.dll", entries);
        Assert.Contains("PACKAGE.md", entries);
        // The document analyzer and what the text import and validation load, side by side.
        Assert.Contains("analyzers/dotnet/cs/ReviewModel.Analyzers.Documents.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ReviewModel.Core.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/NodaTime.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Markdig.dll", entries);
        // Markdig's netstandard2.0 dependencies come from the compiler's runtime, not from the package.
        Assert.DoesNotContain("analyzers/dotnet/cs/System.Memory.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/en/ReviewModel.Core.resources.dll", entries);
        // Both analyzers load the same core and NodaTime: each is in the folder exactly once.
        var all = package.Entries.Select(e => e.FullName).ToList();
        Assert.Single(all, e => e == "analyzers/dotnet/cs/ReviewModel.Core.dll");
        Assert.Single(all, e => e == "analyzers/dotnet/cs/NodaTime.dll");
        Assert.Single(all, e => e == "analyzers/dotnet/cs/Markdig.dll");
        // The formats layer (OpenXml, System.Text.Json, Humanizer) never goes where the compiler loads from.
        Assert.DoesNotContain("analyzers/dotnet/cs/ReviewModel.dll", entries);
        Assert.Contains("build/ReviewModel.targets", entries);
        var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec);
        Assert.Contains("<readme>PACKAGE.md</readme>", nuspec);
        Assert.DoesNotContain("developmentDependency", nuspec);
        Assert.DoesNotContain("ReviewModel.Analyzers\"", nuspec); // the analyzer projects are not package dependencies
        Assert.DoesNotContain("ReviewModel.Core\"", nuspec);

        // The core ships inside the package, so each package the core needs at run time must be a dependency of this
        // package, for every target framework (without Markdig, importing a .md file failed with FileNotFoundException).
        var core = File.ReadAllText(RepositoryFiles.PathOf("src/ReviewModel.Core/ReviewModel.Core.csproj"));
        var runtime = Regex.Matches(core, @"<PackageReference Include=""([^""]+)""\s*/>").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("Markdig", runtime);
        Assert.Contains("NodaTime", runtime);
        var groups = Regex.Matches(nuspec, @"<group targetFramework=""[^""]+"">(.*?)</group>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, groups.Count);
        foreach (var group in groups)
        {
            foreach (var id in runtime)
            {
                Assert.Contains($"<dependency id=\"{id}\"", group);
            }
        }
    }

    [Fact]
    public async Task A_consumer_with_mistakes_gets_each_warning_at_its_line()
    {
        var result = await _consumer.BuildAsync("Mistakes", editorConfig: null);
        Assert.True(result.ExitCode == 0, result.Output);
        var expected = Expected(Path.Combine(_consumer.Directory, "Scenarios", "Mistakes", "Documents.cs"));
        Assert.True(expected.Count >= 6, "the scenario marks several expected warnings");
        var reported = Reported(result.Output);
        Assert.All(reported, d => Assert.Equal("warning", d.Severity));
        Assert.Equal(
            expected.OrderBy(e => e).ToList(),
            reported.Select(d => $"Documents.cs:{d.Line}:{d.Id}").Distinct().OrderBy(e => e).ToList());
        Assert.DoesNotContain("AD0001", result.Output);
        Assert.DoesNotContain("CS9057", result.Output); // the analyzer was not refused by the compiler
    }

    [Fact]
    public async Task Raising_a_rule_to_error_in_editorconfig_fails_the_build()
    {
        var result = await _consumer.BuildAsync("Mistakes", editorConfig: "root = true\n\n[*.cs]\ndotnet_diagnostic.RM0005.severity = error\n");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(Reported(result.Output), d => d.Id == "RM0005" && d.Severity == "error");
    }

    [Fact]
    public async Task Documents_in_AdditionalFiles_are_checked_at_build()
    {
        // The same build as A_consumer_with_mistakes_gets_each_warning_at_its_line (cached).
        var result = await _consumer.BuildAsync("Mistakes", editorConfig: null);
        Assert.True(result.ExitCode == 0, result.Output);
        var documents = ReportedInDocuments(result.Output);
        Assert.Equal(
            new[]
            {
                "branch.md(5,55): warning RM0007", // <AdditionalFiles Include="Scenarios/$(Scenario)/reviews/*.md" />
                "second.review.txt(9,48): warning RM0007", // the package's default glob
            },
            documents.Select(d => $"{d.File}({d.Line},{d.Column}): {d.Severity} {d.Id}").Distinct().Order(StringComparer.Ordinal).ToArray());
        Assert.All(documents, d => Assert.Contains("xx", d.Message, StringComparison.Ordinal)); // the validator's message, with the placeholder
        Assert.Contains("Scenarios/Mistakes/reviews/branch.md(5,55)", result.Output.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.DoesNotContain("RM0100", result.Output);
        Assert.DoesNotContain("AD0001", result.Output);
        Assert.DoesNotContain("CS8032", result.Output); // every analyzer assembly (and its dependencies) loaded
    }

    [Fact]
    public async Task Raising_a_document_rule_to_error_in_globalconfig_fails_the_build()
    {
        var result = await _consumer.BuildAsync("Mistakes", editorConfig: null, globalConfig: "is_global = true\ndotnet_diagnostic.RM0007.severity = error\n");
        Assert.NotEqual(0, result.ExitCode);
        var documents = ReportedInDocuments(result.Output);
        Assert.Contains(documents, d => d.File == "branch.md" && d.Line == 5 && d.Column == 55 && d.Id == "RM0007" && d.Severity == "error");
        Assert.Contains(documents, d => d.File == "second.review.txt" && d.Id == "RM0007" && d.Severity == "error");
    }

    [Fact]
    public async Task A_consumer_without_mistakes_builds_with_no_ReviewModel_diagnostic()
    {
        var result = await _consumer.BuildAsync("Clean", editorConfig: null);
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Empty(Reported(result.Output));
        Assert.Empty(ReportedInDocuments(result.Output)); // Scenarios/Clean/reviews/branch.md is checked and clean
        Assert.DoesNotContain("RM0100", result.Output);
        Assert.DoesNotContain("AD0001", result.Output);
        Assert.Contains("ConsumerSmoke.dll", result.Output);
    }

    private static List<string> Expected(string file)
    {
        var expected = new List<string>();
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Marker.Match(lines[i]);
            if (match.Success)
            {
                expected.AddRange(match.Groups["ids"].Value.Split(", ").Select(id => $"Documents.cs:{i + 1}:{id}"));
            }
        }

        return expected;
    }

    private static List<(string File, int Line, string Severity, string Id)> Reported(string output) =>
        DiagnosticLine.Matches(output)
            .Select(m => (m.Groups["file"].Value, int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["severity"].Value, m.Groups["id"].Value))
            .ToList();

    private static List<(string File, int Line, int Column, string Severity, string Id, string Message)> ReportedInDocuments(string output) =>
        DocumentLine.Matches(output)
            .Select(m => (
                m.Groups["file"].Value,
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["severity"].Value,
                m.Groups["id"].Value,
                m.Groups["message"].Value))
            .ToList();

    [Fact]
    public async Task Files_other_tools_add_as_AdditionalFiles_are_not_read()
    {
        // PublicAPI.Shipped.txt, BannedSymbols.txt, README.md, notes.txt (review-like text with placeholders
        // and missing sections): documents at build are opt-in, so none of them is read.
        var result = await _consumer.BuildAsync("OtherTools", editorConfig: null);
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("ConsumerSmoke.dll", result.Output);
        Assert.DoesNotMatch(@"\bRM\d{4}\b", result.Output);
        Assert.DoesNotMatch(@"\bRMI\d{3}\b", result.Output);
        Assert.DoesNotContain("AD0001", result.Output);
        Assert.DoesNotContain("CS8032", result.Output);
    }

    /// <summary>The package, packed once for the collection, and a temporary copy of the consumer.</summary>
    /// <remarks>
    /// When the environment variable <c>REVIEWMODEL_TEST_PACKAGE</c> names a <c>ReviewModel.*.nupkg</c> (.ci/run packs
    /// one from the clean checkout before anything else is built), that package is used instead of packing again.
    /// </remarks>
    public sealed class PackedConsumer : IAsyncLifetime
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "reviewmodel-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        private readonly System.Threading.SemaphoreSlim _gate = new(1, 1);
        private string _version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

        public string Directory => Path.Combine(_root, "consumer");

        public string Feed => Path.Combine(_root, "feed");

        public string Packages => Path.Combine(_root, "packages");

        public string Package => Path.Combine(Feed, $"ReviewModel.{_version}.nupkg");

        /// <summary>The package's contents, unzipped (<c>lib/</c>, <c>analyzers/dotnet/cs/</c>, …).</summary>
        public string Extracted => Path.Combine(_root, "package");

        /// <summary>The packed analyzer folder, as the compiler sees it.</summary>
        public string AnalyzerFolder => Path.Combine(Extracted, "analyzers", "dotnet", "cs");

        public string Version => _version;

        public async Task InitializeAsync()
        {
            System.IO.Directory.CreateDirectory(Feed);
            if (Environment.GetEnvironmentVariable("REVIEWMODEL_TEST_PACKAGE") is { Length: > 0 } prepacked)
            {
                var name = Path.GetFileNameWithoutExtension(prepacked);
                if (!File.Exists(prepacked) || !name.StartsWith("ReviewModel.", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"REVIEWMODEL_TEST_PACKAGE={prepacked}: not a ReviewModel package file.");
                }

                _version = name["ReviewModel.".Length..];
                File.Copy(prepacked, Package);
            }
            else
            {
                await PackAsync();
            }

            ZipFile.ExtractToDirectory(Package, Extracted);
            Copy(RepositoryFiles.PathOf("tests/ConsumerSmoke"), Directory);
            File.WriteAllText(Path.Combine(Directory, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="reviewmodel-e2e" value="{Feed}" />
                  </packageSources>
                </configuration>
                """);
        }

        private async Task PackAsync()
        {
            var pack = await DotNetCli.RunAsync(
                RepositoryFiles.Root,
                Timeout,
                "pack",
                RepositoryFiles.PathOf("src/ReviewModel/ReviewModel.csproj"),
                "-c", "Release",
                "-o", Feed,
                $"-p:Version={_version}");
            if (pack.ExitCode != 0 || !File.Exists(Package))
            {
                throw new InvalidOperationException("dotnet pack failed:" + Environment.NewLine + pack.Output);
            }
        }

        private readonly Dictionary<string, DotNetCli.Result> _builds = new(StringComparer.Ordinal);

        /// <summary>Builds the scenario with the given configuration files; the same build twice is run once.</summary>
        public async Task<DotNetCli.Result> BuildAsync(string scenario, string? editorConfig, string? globalConfig = null)
        {
            await _gate.WaitAsync();
            try
            {
                var key = $"{scenario}\u0001{editorConfig}\u0001{globalConfig}";
                if (_builds.TryGetValue(key, out var cached))
                {
                    return cached;
                }

                var globalConfigPath = Path.Combine(Directory, ".globalconfig");
                if (globalConfig is null)
                {
                    File.Delete(globalConfigPath);
                }
                else
                {
                    File.WriteAllText(globalConfigPath, globalConfig);
                }

                var editorConfigPath = Path.Combine(Directory, ".editorconfig");
                if (editorConfig is null)
                {
                    File.Delete(editorConfigPath);
                }
                else
                {
                    File.WriteAllText(editorConfigPath, editorConfig);
                }

                var result = await DotNetCli.RunAsync(
                    Directory,
                    Timeout,
                    "build",
                    Path.Combine(Directory, "ConsumerSmoke.csproj"),
                    "--no-incremental",
                    $"-p:Scenario={scenario}",
                    $"-p:ReviewModelVersion={_version}",
                    $"-p:RestorePackagesPath={Packages}");
                _builds[key] = result;
                return result;
            }
            finally
            {
                _gate.Release();
            }
        }

        public Task DisposeAsync()
        {
            try
            {
                System.IO.Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // best effort: a temporary folder
            }

            return Task.CompletedTask;
        }

        private static void Copy(string from, string to)
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(from, file);
                if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = Path.Combine(to, relative);
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}

/// <summary>Every test that needs the packed package shares one pack (and runs one at a time).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageEndToEndTests.PackedConsumer>
{
    public const string Name = "Packed ReviewModel package";
}
