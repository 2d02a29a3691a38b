extern alias analyzers;
extern alias codefixes;

using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ReviewModelAnalyzer = analyzers::ReviewModel.Analyzers.ReviewModelAnalyzer;

namespace ReviewModel.Analyzers.Tests.Infrastructure;

/// <summary>Runs the analyzer (and code fixes) on markup like <c>{|RM0004:"P1"|}</c>, offline.</summary>
public static class Verify
{
    /// <summary>The usings every test source starts with.</summary>
    public const string Usings = "using NodaTime;\nusing ReviewModel.Aspects;\nusing ReviewModel.Building;\nusing ReviewModel.Model;\n";

    /// <summary>A class whose method returns <c>ReviewDocument.Create(d => d&lt;chain&gt;)</c>.</summary>
    public static string Create(string chain) =>
        Usings + "class C\n{\n    ReviewDocument M() => ReviewDocument.Create(d => d" + chain + ");\n}\n";

    /// <summary>Expects exactly the diagnostics marked in <paramref name="markup"/>.</summary>
    public static Task Analyzer(string markup, CancellationToken cancellationToken = default)
    {
        var test = new AnalyzerTest { TestCode = markup };
        return test.RunAsync(cancellationToken);
    }

    /// <summary>Expects exactly the diagnostics marked in <paramref name="markup"/>, with <paramref name="rules"/> reported too.</summary>
    public static Task Analyzer(string markup, params string[] rules)
    {
        var test = new AnalyzerTest { TestCode = markup }.Enable(rules);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Applies the code fix <typeparamref name="TFix"/> and expects <paramref name="fixedMarkup"/>.</summary>
    /// <param name="markup">The code with the diagnostics marked.</param>
    /// <param name="fixedMarkup">The code after the fixes.</param>
    /// <param name="iterations">How many Fix All passes reach the fixed code (1: one run of <c>dotnet format</c>).</param>
    /// <param name="oneByOne">How many fixes applied one at a time reach it.</param>
    public static Task CodeFix<TFix>(string markup, string fixedMarkup, int? iterations = null, int? oneByOne = null)
        where TFix : CodeFixProvider, new()
    {
        var test = new CodeFixTest<TFix> { TestCode = markup, FixedCode = fixedMarkup };
        if (iterations is int n)
        {
            test.NumberOfFixAllIterations = n;
            test.NumberOfIncrementalIterations = oneByOne ?? n;
        }

        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// The rules about a measure's accountability and checkability and the text-share audit rule (RM0011,
    /// RM0012, RM0014, RM0015): the short documents of the rule tests break them all the time, so a test
    /// sees them only when it enables them (<see cref="AnalyzerTest.Enable"/>); the test classes of these
    /// rules do, and the differential tests compare every rule.
    /// </summary>
    public static readonly string[] QuietByDefault = { "RM0011", "RM0012", "RM0014", "RM0015" };

    public sealed class AnalyzerTest : CSharpAnalyzerTest<ReviewModelAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
            DisabledDiagnostics.AddRange(QuietByDefault);
        }

        /// <summary>Reports <paramref name="rules"/> even if they are quiet by default.</summary>
        public AnalyzerTest Enable(params string[] rules)
        {
            foreach (var rule in rules)
            {
                DisabledDiagnostics.Remove(rule);
            }

            return this;
        }
    }

    public sealed class CodeFixTest<TFix> : CSharpCodeFixTest<ReviewModelAnalyzer, TFix, DefaultVerifier>
        where TFix : CodeFixProvider, new()
    {
        public CodeFixTest()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
            FixedState.AdditionalReferences.AddRange(TestReferences.All);
            DisabledDiagnostics.AddRange(QuietByDefault);
        }
    }
}
