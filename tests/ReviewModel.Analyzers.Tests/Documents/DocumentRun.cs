extern alias documents;

using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReviewModel.Analyzers.Tests.Infrastructure;
using ReviewDocumentAnalyzer = documents::ReviewModel.Analyzers.Documents.ReviewDocumentAnalyzer;

namespace ReviewModel.Analyzers.Tests.Documents;

/// <summary>
/// Runs the document analyzer directly (no verifier), returning every diagnostic including AD0001.
/// Every file is marked <c>ReviewModelDocument="true"</c>, as <c>&lt;AdditionalFiles Include="…" ReviewModelDocument="true" /&gt;</c> does.
/// </summary>
public static class DocumentRun
{
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(CancellationToken cancellationToken, params (string Path, string Text)[] files)
    {
        var compilation = AnalyzerRun.Compile("class C\n{\n}\n");
        var additional = files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additional, new MarkedAsDocuments()),
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var analyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ReviewDocumentAnalyzer()), options);
        var all = await analyzers.GetAllDiagnosticsAsync(cancellationToken);
        return all.Where(d => d.Id.StartsWith("RM", System.StringComparison.Ordinal) || d.Id == "AD0001").ToImmutableArray();
    }

    private sealed class MarkedAsDocuments : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Options(ImmutableDictionary<string, string>.Empty);
        private static readonly AnalyzerConfigOptions Marked = new Options(
            ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.ReviewModelDocument", "true"));

        public override AnalyzerConfigOptions GlobalOptions => Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Marked;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> _values;

            public Options(ImmutableDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
