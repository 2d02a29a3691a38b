using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.EndToEnd;

/// <summary>
/// The packed <c>analyzers/dotnet/cs</c> folder on the .NET 8 SDK's compiler: Roslyn 4.8.0 on a .NET 8 runtime
/// (System.Collections.Immutable and System.Reflection.Metadata 8.0), loading with Roslyn's own analyzer
/// loader, inside <c>tests/Net8AnalyzerHost</c> (self-contained net8.0). A CS8032 in a real build is an
/// <c>AnalyzerLoadFailed</c> here.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(PackageCollection.Name)]
public sealed class Net8CompilerTests
{
    // A complete, otherwise clean document with one placeholder in the title: "xx年度" at line 7.
    private const string Consumer = """
        using NodaTime;
        using ReviewModel.Aspects;
        using ReviewModel.Model;

        public static class Documents
        {
            public static ReviewDocument Annual2024() => ReviewDocument.Create(d => d
                .Header(h => h
                    .Title("xx年度对照检查材料")
                    .Individual("某单位", "张三")
                    .OrganisationalLifeMeeting()
                    .MeetingDate(new LocalDate(2025, 1, 20))
                    .Aspects(AspectCatalogues.ThemeEducation2023OrganisationalLife))
                .Preamble("我于2025年1月5日参加了集中学习。")
                .Problems(p => p
                    .Aspect(1, a => a.Problem("P1", "学习不够深入。", "学用脱节。"))
                    .Aspect(2, a => a.Problem("P2", "党性修养有差距。", "要求不严。"))
                    .Aspect(3, a => a.Problem("P3", "联系群众不够。", "下基层少。"))
                    .Aspect(4, a => a.Problem("P4", "先锋模范作用发挥不够。", "遇到难题有畏难情绪。")))
                .Causes(c => c
                    .Cause("C1", "理论武装不够。", "放松学习。", x => x.Explains("P1", "P2"))
                    .Cause("C2", "宗旨意识淡化。", "脱离群众。", x => x.Explains("P3", "P4")))
                .Measures(m => m
                    .Measure("M1", "加强学习。", "每月学习2次。", x => x.Addresses("P1", "P2").Remedies("C1").Owner("本人").Deadline(new LocalDate(2025, 6, 30)))
                    .Measure("M2", "改进作风。", "每季度蹲点1次。", x => x.Addresses("P3", "P4").Remedies("C2").Owner("本人").LongTerm())));
        }
        """;

    private readonly PackageEndToEndTests.PackedConsumer _package;

    public Net8CompilerTests(PackageEndToEndTests.PackedConsumer package)
    {
        _package = package;
    }

    [Fact]
    public async Task The_packed_analyzers_load_and_report_on_Roslyn_4_8_running_on_NET_8()
    {
        var work = Directory.CreateTempSubdirectory("reviewmodel-net8-").FullName;
        try
        {
            var source = Path.Combine(work, "Documents.cs");
            File.WriteAllText(source, Consumer);
            // Found by name (*.review.md), by metadata (ReviewModelDocument="true"), and a README.md another tool reads.
            var byName = Path.Combine(work, "branch.review.md");
            File.Copy(RepositoryFiles.PathOf("tests/ConsumerSmoke/Scenarios/Mistakes/reviews/branch.md"), byName);
            var byMetadata = Path.Combine(work, "team.md");
            File.Copy(RepositoryFiles.PathOf("tests/ConsumerSmoke/Scenarios/Mistakes/reviews/branch.md"), byMetadata);
            var readme = Path.Combine(work, "README.md");
            File.Copy(RepositoryFiles.PathOf("tests/ConsumerSmoke/Scenarios/OtherTools/other/README.md"), readme);

            var run = await Net8Compiler.RunAsync(
                "--analyzers", _package.AnalyzerFolder,
                "--reference", Path.Combine(_package.Extracted, "lib", "net8.0", "ReviewModel.dll"),
                "--reference", Path.Combine(_package.Extracted, "lib", "net8.0", "ReviewModel.Core.dll"),
                "--reference", Path.Combine(_package.AnalyzerFolder, "NodaTime.dll"),
                "--source", source,
                "--additional", byName,
                "--document", byMetadata,
                "--additional", readme,
                "--library");

            Assert.True(run.ExitCode == 0, run.Output);
            // It really is the .NET 8 SDK's compiler environment.
            var runtime = Assert.Single(run.Of("RUNTIME")).Fields;
            Assert.StartsWith(".NET 8.0.", runtime[0], StringComparison.Ordinal);
            Assert.Contains("Microsoft.CodeAnalysis 4.8.0.0", runtime);
            Assert.Contains("System.Collections.Immutable 8.0.0.0", runtime);
            Assert.Contains("System.Reflection.Metadata 8.0.0.0", runtime);
            Assert.Equal("Microsoft.CodeAnalysis.DefaultAnalyzerAssemblyLoader", Assert.Single(run.Of("LOADER")).Fields[0]);

            // Every assembly of the folder loads through the loader; nothing fails to load.
            var dlls = Directory.GetFiles(_package.AnalyzerFolder, "*.dll").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(dlls, run.Of("ASSEMBLY").Select(l => l.Fields[0]).Order(StringComparer.Ordinal).ToList());
            Assert.Empty(run.Of("LOADFAILED"));
            // Only the code fixes' Workspaces dependency is missing, as in the command-line compiler (which never loads them).
            Assert.All(run.Of("TYPELOADFAILED"), l =>
            {
                Assert.Equal("ReviewModel.Analyzers.CodeFixes.dll", l.Fields[0]);
                Assert.Contains("Microsoft.CodeAnalysis.Workspaces", l.Fields[1], StringComparison.Ordinal);
            });
            var analyzers = run.Of("ANALYZER").Select(l => l.Fields[1]).ToList();
            Assert.Contains("ReviewModel.Analyzers.ReviewModelAnalyzer", analyzers);
            Assert.Contains("ReviewModel.Analyzers.Documents.ReviewDocumentAnalyzer", analyzers);

            var diagnostics = run.Diagnostics;
            Assert.DoesNotContain(diagnostics, d => d.Id is "AD0001" or "CS8032" or "CS9057");
            Assert.DoesNotContain(diagnostics, d => d.Severity == "Error" && d.Id.StartsWith("CS", StringComparison.Ordinal));
            // The C# analyzer: the placeholder in the title literal, at its exact place.
            Assert.Contains(diagnostics, d => d.FileName == "Documents.cs" && d.Id == "RM0007" && d.Line == 9 && d.Column == 21 && d.Message.Contains("xx年", StringComparison.Ordinal));
            // The documents analyzer: the validator's RM0007 in both opted-in files, nothing from README.md.
            Assert.Contains(diagnostics, d => d.FileName == "branch.review.md" && d.Id == "RM0007" && d.Line == 5 && d.Column == 55);
            Assert.Contains(diagnostics, d => d.FileName == "team.md" && d.Id == "RM0007" && d.Line == 5 && d.Column == 55);
            Assert.DoesNotContain(diagnostics, d => d.FileName == "README.md");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
