using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ReviewModel.Analyzers.Tests.Infrastructure;

/// <summary>
/// Offline references for the analyzer tests: the .NET 8 reference assemblies from
/// Basic.Reference.Assemblies (no reference pack download), plus ReviewModel, NodaTime and Humanizer
/// from this test's own output (ReviewModel's lowest framework is net8.0, so the sets match).
/// </summary>
public static class TestReferences
{
    public static ReferenceAssemblies None { get; } = new("net8.0");

    public static IReadOnlyList<MetadataReference> All { get; } = Build();

    private static List<MetadataReference> Build()
    {
        var references = new List<MetadataReference>(Basic.Reference.Assemblies.Net80.References.All);
        references.Add(MetadataReference.CreateFromFile(typeof(global::ReviewModel.Model.ReviewDocument).Assembly.Location));
        references.Add(MetadataReference.CreateFromFile(typeof(NodaTime.LocalDate).Assembly.Location));
        references.Add(MetadataReference.CreateFromFile(typeof(Humanizer.NumberToWordsExtension).Assembly.Location));
        return references;
    }
}
