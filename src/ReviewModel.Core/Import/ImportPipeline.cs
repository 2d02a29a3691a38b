using System;
using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// The text importer's stages, declared here once and run in this order; each stage is one folder of Import/
/// (see its README.md). Every input — plain text, Markdown, a word processor's paragraphs — goes through the
/// same stages; only the reading differs.
/// </summary>
internal static class ImportPipeline
{
    /// <summary>The stages, in the order they run.</summary>
    public static IReadOnlyList<ImportStage> Stages { get; } = new[]
    {
        new ImportStage("reading", "lines with source spans and markup read (heading level, bold lead, rule)", ReadingStage.Run),
        new ImportStage("lines", "the body's paragraphs: outline, chrome, page numbers and title taken out, lines joined", LineStage.Run),
        new ImportStage("blocks", "paragraphs with their numbering marker, inline headings split off", BlockStage.Run),
        new ImportStage("sections", "the preamble and one draft per section collecting its blocks", SectionStage.Run),
        new ImportStage("items", "the model's sections with their problems, causes and measures", ItemStage.Run),
        new ImportStage("resolution", "the document: header, aspect catalogue, inferred links", ResolutionStage.Run),
    };

    /// <summary>Runs every stage on the input that <paramref name="read"/> reads.</summary>
    /// <param name="read">The reading of this input into lines.</param>
    /// <param name="context">Positions, options, diagnostics, cancellation.</param>
    /// <param name="markdown">Whether Markdown rules apply.</param>
    /// <param name="pageNumbers">Whether lines that are only a page number are left out.</param>
    public static ImportResult Run(Func<ImportState, List<TextLine>> read, ImportContext context, bool markdown, bool pageNumbers = true)
    {
        var state = new ImportState(read, context, markdown, pageNumbers);
        foreach (var stage in Stages)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            stage.Run(state);
        }

        return state.Result();
    }
}
