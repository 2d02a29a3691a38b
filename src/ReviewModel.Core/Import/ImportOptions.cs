using System.Collections.Generic;
using ReviewModel.Aspects;

namespace ReviewModel.Import;

/// <summary>
/// How to import: the file name to put in source locations, the input format, the aspect catalogue
/// to match aspect headings against (or the candidates to choose from), whether to propose links, and
/// the <see cref="ImportLimits"/> that bound what a hostile file can cost.
/// Immutable; derive changed options with the <c>With…</c> methods.
/// </summary>
public sealed class ImportOptions
{
    private ImportOptions(string? file, ImportFormat format, AspectCatalogue? catalogue, IReadOnlyList<AspectCatalogue> candidates, bool inferLinks, ImportLimits? limits = null)
    {
        Limits = limits ?? ImportLimits.Default;
        File = file;
        Format = format;
        Catalogue = catalogue;
        CandidateCatalogues = candidates;
        InferLinks = inferLinks;
    }

    /// <summary>The defaults: no file name, format detected, catalogue chosen among the built-in ones, links proposed.</summary>
    public static ImportOptions Default { get; } = new(null, ImportFormat.Auto, null, AspectCatalogues.All, true);

    /// <summary>The file name recorded in every <see cref="Model.SourceLocation"/>, or null.</summary>
    public string? File { get; }

    /// <summary>The input format; <see cref="ImportFormat.Auto"/> to detect it.</summary>
    public ImportFormat Format { get; }

    /// <summary>The catalogue aspect headings are matched against, or null to choose among <see cref="CandidateCatalogues"/>.</summary>
    public AspectCatalogue? Catalogue { get; }

    /// <summary>The catalogues to choose from when <see cref="Catalogue"/> is null (the built-in ones by default).</summary>
    public IReadOnlyList<AspectCatalogue> CandidateCatalogues { get; }

    /// <summary>Whether to propose links between measures, causes and problems (marked <see cref="Model.Link.IsInferred"/>).</summary>
    public bool InferLinks { get; }

    /// <summary>The bounds on size, depth and compression of what is read (<see cref="ImportLimits.Default"/> unless set).</summary>
    public ImportLimits Limits { get; }

    /// <summary>Options recording <paramref name="file"/> in source locations.</summary>
    /// <param name="file">The file name as the user gave it, or null.</param>
    public ImportOptions WithFile(string? file) => new(file, Format, Catalogue, CandidateCatalogues, InferLinks, Limits);

    /// <summary>Options reading the given format.</summary>
    /// <param name="format">The format.</param>
    public ImportOptions WithFormat(ImportFormat format) => new(File, format, Catalogue, CandidateCatalogues, InferLinks, Limits);

    /// <summary>Options matching aspects against one catalogue (e.g. a local one with a 专项整治 topic).</summary>
    /// <param name="catalogue">The catalogue, or null to choose among the candidates.</param>
    public ImportOptions WithCatalogue(AspectCatalogue? catalogue) => new(File, Format, catalogue, CandidateCatalogues, InferLinks, Limits);

    /// <summary>Options choosing the catalogue among <paramref name="candidates"/>.</summary>
    /// <param name="candidates">The candidate catalogues; null for the built-in ones.</param>
    public ImportOptions WithCandidateCatalogues(IReadOnlyList<AspectCatalogue>? candidates) =>
        new(File, Format, Catalogue, candidates ?? AspectCatalogues.All, InferLinks, Limits);

    /// <summary>Options that propose links, or not.</summary>
    /// <param name="infer">Whether to propose links.</param>
    public ImportOptions WithLinkInference(bool infer) => new(File, Format, Catalogue, CandidateCatalogues, infer, Limits);

    /// <summary>Options with other import limits.</summary>
    /// <param name="limits">The limits; null for <see cref="ImportLimits.Default"/>.</param>
    public ImportOptions WithLimits(ImportLimits? limits) => new(File, Format, Catalogue, CandidateCatalogues, InferLinks, limits);
}
