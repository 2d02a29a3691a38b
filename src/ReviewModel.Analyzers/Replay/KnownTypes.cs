using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ReviewModel.Analyzers.Replay;

/// <summary>
/// The ReviewModel types the analyzer looks for in the consumer's compilation, resolved once per
/// compilation. Null when the compilation does not reference ReviewModel, so that the analyzer then
/// does nothing.
/// </summary>
internal sealed class KnownTypes
{
    private readonly Dictionary<INamedTypeSymbol, BuilderKind> _builders;

    private KnownTypes(Compilation compilation, INamedTypeSymbol reviewDocument, Dictionary<INamedTypeSymbol, BuilderKind> builders)
    {
        ReviewDocument = reviewDocument;
        _builders = builders;
        Library = reviewDocument.ContainingAssembly;
        LocalDate = compilation.GetTypeByMetadataName("NodaTime.LocalDate");
        AspectCatalogues = compilation.GetTypeByMetadataName("ReviewModel.Aspects.AspectCatalogues");
        AspectCatalogue = compilation.GetTypeByMetadataName("ReviewModel.Aspects.AspectCatalogue");
        SectionKind = compilation.GetTypeByMetadataName("ReviewModel.Model.SectionKind");
    }

    /// <summary><c>ReviewModel.Model.ReviewDocument</c>.</summary>
    public INamedTypeSymbol ReviewDocument { get; }

    /// <summary>The assembly that declares the builders (ReviewModel.Core).</summary>
    public IAssemblySymbol Library { get; }

    /// <summary><c>NodaTime.LocalDate</c>, or null.</summary>
    public INamedTypeSymbol? LocalDate { get; }

    /// <summary><c>ReviewModel.Aspects.AspectCatalogues</c>, or null.</summary>
    public INamedTypeSymbol? AspectCatalogues { get; }

    /// <summary><c>ReviewModel.Aspects.AspectCatalogue</c>, or null.</summary>
    public INamedTypeSymbol? AspectCatalogue { get; }

    /// <summary><c>ReviewModel.Model.SectionKind</c>, or null.</summary>
    public INamedTypeSymbol? SectionKind { get; }

    /// <summary>The types of <paramref name="compilation"/>, or null when it does not use ReviewModel.</summary>
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
        type is INamedTypeSymbol named && _builders.TryGetValue(named.OriginalDefinition, out var kind) ? kind : null;

    /// <summary>Whether <paramref name="symbol"/> is declared by the library.</summary>
    public bool IsLibrary(ISymbol symbol) =>
        SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, Library);

    /// <summary>Whether <paramref name="type"/> is <paramref name="known"/>.</summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(type, known);

    private static void Add(Compilation compilation, Dictionary<INamedTypeSymbol, BuilderKind> builders, string name, BuilderKind kind)
    {
        var type = compilation.GetTypeByMetadataName("ReviewModel.Building." + name);
        if (type is not null)
        {
            builders[type] = kind;
        }
    }
}
