using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.EndToEnd;

/// <summary>
/// Every assembly of the packed <c>analyzers/dotnet/cs</c> folder references only what the oldest supported
/// compiler (Roslyn 4.8 on .NET 8, the .NET 8 SDK) provides: netstandard 2.0, NodaTime, Markdig (and the
/// System.Memory / System.Buffers 4.0.x facades its netstandard2.0 build names, which .NET 8 provides), the package's own
/// analyzer and core assemblies, Microsoft.CodeAnalysis* up to 4.8, and System.Collections.Immutable /
/// System.Reflection.Metadata up to 8.0.0.0. Humanizer.Core 3.0.10, which references System.Collections.Immutable
/// 9.0.0.0, is the counter-example that must be refused (it made CS8032 on the .NET 8 SDK).
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(PackageCollection.Name)]
public sealed class AnalyzerFolderReferencesTests
{
    private static readonly Version Roslyn48 = new(4, 8, 0, 0);
    private static readonly Version Runtime8 = new(8, 0, 0, 0);

    private readonly PackageEndToEndTests.PackedConsumer _package;

    public AnalyzerFolderReferencesTests(PackageEndToEndTests.PackedConsumer package)
    {
        _package = package;
    }

    [Fact]
    public void Every_analyzer_folder_assembly_references_only_what_the_NET_8_compiler_provides()
    {
        var files = Directory.GetFiles(_package.AnalyzerFolder, "*.dll", SearchOption.AllDirectories);
        Assert.Contains(files, f => Path.GetFileName(f) == "ReviewModel.Analyzers.Documents.dll");
        Assert.Contains(files, f => Path.GetFileName(f) == "ReviewModel.Core.dll");
        var own = files.Select(f => Path.GetFileNameWithoutExtension(f)).Where(n => !n.EndsWith(".resources", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var problems = files.SelectMany(f => Disallowed(f, own).Select(p => $"{Path.GetRelativePath(_package.AnalyzerFolder, f)} → {p}")).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_check_refuses_an_assembly_that_needs_System_Collections_Immutable_9()
    {
        // Humanizer.Core 3.0.10's netstandard2.0 build, the one a netstandard2.0 analyzer would have carried.
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var humanizer = Path.Combine(packages, "humanizer.core", "3.0.10", "lib", "netstandard2.0", "Humanizer.dll");
        Assert.True(File.Exists(humanizer), $"{humanizer} is restored with the solution (Humanizer.Core is a dependency of ReviewModel)");
        var problems = Disallowed(humanizer, new HashSet<string>(StringComparer.Ordinal)).ToList();
        Assert.Contains(problems, p => p.StartsWith("System.Collections.Immutable, Version=9.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_check_refuses_a_newer_Roslyn_and_netstandard_2_1()
    {
        var test = typeof(AnalyzerFolderReferencesTests).Assembly.Location; // this test assembly: net10.0, Roslyn 4.14
        var problems = Disallowed(test, new HashSet<string>(StringComparer.Ordinal)).ToList();
        Assert.Contains(problems, p => p.StartsWith("Microsoft.CodeAnalysis, Version=4.14.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("System.Runtime, Version=10.", StringComparison.Ordinal));
    }

    /// <summary>The references of <paramref name="file"/> the .NET 8 SDK's compiler cannot satisfy.</summary>
    private static IEnumerable<string> Disallowed(string file, HashSet<string> ownAssemblies)
    {
        var codeFixes = Path.GetFileName(file) == "ReviewModel.Analyzers.CodeFixes.dll";
        using var stream = File.OpenRead(file);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        foreach (var handle in reader.AssemblyReferences)
        {
            var reference = reader.GetAssemblyReference(handle);
            var name = reader.GetString(reference.Name);
            var version = reference.Version;
            var allowed = name switch
            {
                "netstandard" => version == new Version(2, 0, 0, 0),
                "NodaTime" or "Markdig" => true,
                // Markdig's netstandard2.0 build: System.Memory and System.Buffers 4.0.2.0, which .NET 8's shared framework
                // satisfies (8.0.0.0); Net8CompilerTests loads Markdig there and reads a *.review.md through it.
                "System.Memory" or "System.Buffers" => version <= new Version(4, 0, 5, 0),
                // NodaTime's netstandard2.0 build; .NET 8 has it in the shared framework (Net8CompilerTests loads NodaTime there).
                "System.Runtime.CompilerServices.Unsafe" => version <= new Version(6, 0, 0, 0),
                // Only the code fixes (which the command-line compiler never loads) reference MEF: System.Composition
                // 8.0.0 is the oldest version this feed has (Roslyn 4.8's Workspaces asks for 7.0.0 or newer).
                _ when name.StartsWith("System.Composition.", StringComparison.Ordinal) => codeFixes && version <= Runtime8,
                "System.Collections.Immutable" or "System.Reflection.Metadata" => version <= Runtime8,
                _ when name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) => version <= Roslyn48,
                _ => ownAssemblies.Contains(name) && name.StartsWith("ReviewModel.", StringComparison.Ordinal),
            };
            if (!allowed)
            {
                yield return $"{name}, Version={version}";
            }
        }
    }
}
