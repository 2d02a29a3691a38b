using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>Stage 6, resolution: the whole document — its header from the title and opening
/// (<see cref="HeaderReader"/>), the aspect catalogue (<see cref="CatalogueResolver"/>) and, when asked for, the
/// links the material does not write (<see cref="LinkInferrer"/>).</summary>
internal static class ResolutionStage
{
    public static void Run(ImportState state)
    {
        var context = state.Context;
        var preamble = new string[state.Preamble.Count];
        for (var i = 0; i < preamble.Length; i++)
        {
            preamble[i] = state.Preamble[i].Text;
        }

        var header = HeaderReader.Read(state.Title.Text, preamble, state.Sections);
        var document = new ReviewDocument(header, context.Paragraphs(state.Preamble), state.Sections.ToValueList());
        document = CatalogueResolver.Resolve(document, context);
        if (context.Options.InferLinks)
        {
            document = LinkInferrer.Infer(document, state.Links, context.CancellationToken);
        }

        state.Document = document;
    }
}
