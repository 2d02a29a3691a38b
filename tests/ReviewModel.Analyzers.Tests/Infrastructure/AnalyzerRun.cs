extern alias analyzers;

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ReviewModelAnalyzer = analyzers::ReviewModel.Analyzers.ReviewModelAnalyzer;

namespace ReviewModel.Analyzers.Tests.Infrastructure;

/// <summary>Compiles C# against ReviewModel (offline references) and runs the analyzer on it.</summary>
public static class AnalyzerRun
{
    public static CSharpCompilation Compile(params string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest), path: $"Source{i}.cs")),
        TestReferences.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Every diagnostic: the compiler's and the analyzer's, including AD0001 (an analyzer exception).</summary>
    public static Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Compilation compilation, CancellationToken cancellationToken = default) =>
        DiagnosticsAsync(compilation, new ReviewModelAnalyzer(), cancellationToken);

    /// <summary>Every diagnostic of <paramref name="analyzer"/> and the compiler.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Compilation compilation, DiagnosticAnalyzer analyzer, CancellationToken cancellationToken = default)
    {
        var options = new CompilationWithAnalyzersOptions(
            AnalyzerOptions(),
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options);
        return await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken);
    }

    /// <summary>Emits <paramref name="compilation"/>, loads it in a collectible context and returns what the
    /// static <c>Build()</c> of its one type that has one returns.</summary>
    public static global::ReviewModel.Model.ReviewDocument BuildDocument(Compilation compilation)
    {
        using var stream = new System.IO.MemoryStream();
        var emit = compilation.Emit(stream);
        if (!emit.Success)
        {
            throw new System.InvalidOperationException(string.Join(System.Environment.NewLine, emit.Diagnostics));
        }

        var context = new System.Runtime.Loader.AssemblyLoadContext("document", isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            var type = assembly.GetTypes().Single(t => t.GetMethod("Build", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static, System.Type.EmptyTypes) is not null);
            return (global::ReviewModel.Model.ReviewDocument)type.GetMethod("Build", System.Type.EmptyTypes)!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }

    private static AnalyzerOptions AnalyzerOptions() => new(ImmutableArray<AdditionalText>.Empty);

    /// <summary>Only the ReviewModel rules (RM…) and analyzer failures (AD0001).</summary>
    public static List<Diagnostic> RulesAndFailures(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Id.StartsWith("RM", System.StringComparison.Ordinal) || d.Id == "AD0001").ToList();
}
