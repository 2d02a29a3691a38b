extern alias documents;

using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ReviewModel.Analyzers.Tests.Infrastructure;
using ReviewDocumentAnalyzer = documents::ReviewModel.Analyzers.Documents.ReviewDocumentAnalyzer;

namespace ReviewModel.Analyzers.Tests.Documents;

/// <summary>Runs the document analyzer on a project with the given AdditionalFiles, offline.</summary>
public static class DocumentVerify
{
    /// <summary>Expects exactly <paramref name="expected"/> for the additional files <paramref name="files"/>.</summary>
    public static Task Analyzer(IEnumerable<(string Path, string Text)> files, string? globalConfig, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = "class C\n{\n}\n" };
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file.Path, file.Text));
        }

        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", globalConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public sealed class Test : CSharpAnalyzerTest<ReviewDocumentAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
        }
    }
}
