using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ReviewModel.Analyzers;

/// <summary>
/// The ReviewModel types the analyzers look for, resolved once per compilation. Null when the
/// compilation does not reference ReviewModel, so that the analyzers then do nothing.
/// </summary>
internal sealed class KnownTypes
{
    private readonly Dictionary<INamedTypeSymbol, BuilderKind> _builders;

    private KnownTypes(Compilation compilation, INamedTypeSymbol reviewDocument, Dictionary<INamedTypeSymbol, BuilderKind> builders)
    {
        ReviewDocument = reviewDocument;
        _builders = builders;
        Library = reviewDocument.ContainingAssembly;
        SectionBuilder = compilation.GetTypeByMetadataName("ReviewModel.Building.SectionBuilder`1");
        AspectCatalogues = compilation.GetTypeByMetadataName("ReviewModel.Aspects.AspectCatalogues");
        LocalDate = compilation.GetTypeByMetadataName("NodaTime.LocalDate");
    }

    public INamedTypeSymbol ReviewDocument { get; }

    public IAssemblySymbol Library { get; }

    public INamedTypeSymbol? SectionBuilder { get; }

    public INamedTypeSymbol? AspectCatalogues { get; }

    public INamedTypeSymbol? LocalDate { get; }

    public static KnownTypes? Resolve(Compilation compilation)
    {
        var document = compilation.GetTypeByMetadataName("ReviewModel.Model.ReviewDocument");
        if (document is null)
        {
            return null;
        }

        var builders = new Dictionary<INamedTypeSymbol, BuilderKind>(SymbolEqualityComparer.Default);
        Add(compilation, builders, "ReviewDocumentBuilder", BuilderKind.Document);
        Add(compilation, builders, "HeaderBuilder", BuilderKind.Header);
        Add(compilation, builders, "PreparationBuilder", BuilderKind.Preparation);
        Add(compilation, builders, "RectificationBuilder", BuilderKind.Rectification);
        Add(compilation, builders, "ProblemSectionBuilder", BuilderKind.ProblemSection);
        Add(compilation, builders, "AspectGroupBuilder", BuilderKind.AspectGroup);
        Add(compilation, builders, "ProblemBuilder", BuilderKind.Problem);
        Add(compilation, builders, "CauseSectionBuilder", BuilderKind.CauseSection);
        Add(compilation, builders, "CauseBuilder", BuilderKind.Cause);
        Add(compilation, builders, "MeasureSectionBuilder", BuilderKind.MeasureSection);
        Add(compilation, builders, "MeasureBuilder", BuilderKind.Measure);
        Add(compilation, builders, "CustomSectionBuilder", BuilderKind.CustomSection);
        return builders.Count == 0 ? null : new KnownTypes(compilation, document, builders);
    }

    /// <summary>The kind of builder <paramref name="type"/> is, or null.</summary>
    public BuilderKind? KindOf(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && _builders.TryGetValue(named, out var kind) ? kind : null;

    /// <summary>Whether <paramref name="method"/> is declared by the library.</summary>
    public bool IsLibrary(IMethodSymbol method) =>
        SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, Library);

    private static void Add(Compilation compilation, Dictionary<INamedTypeSymbol, BuilderKind> builders, string name, BuilderKind kind)
    {
        var type = compilation.GetTypeByMetadataName("ReviewModel.Building." + name);
        if (type is not null)
        {
            builders[type] = kind;
        }
    }
}
