using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Robustness;

/// <summary>The no-AD0001 checks would see an analyzer exception: proven with an analyzer that throws.</summary>
public sealed class HarnessCanFailTests
{
    [Fact]
    public async Task An_analyzer_exception_shows_as_AD0001()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(AnalyzerRun.Compile("class C { void M() { M(); } }"), new ThrowingAnalyzer());
        Assert.Contains(diagnostics, d => d.Id == "AD0001");
    }

#pragma warning disable RS1036, RS1025, RS1026, RS1038, RS1041, RS2008 // a test double
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST0001", "t", "t", "t", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context) =>
            context.RegisterOperationAction(_ => throw new InvalidOperationException("boom"), OperationKind.Invocation);
    }
#pragma warning restore RS1036, RS1025, RS1026, RS1038, RS1041, RS2008
}
