namespace ReviewModel.Validation.Rules;

/// <summary>
/// RM0040: lists each reviewer's comment (批注) kept in the document, at the element it is anchored to
/// (the element's path and ID, and the anchor's place in the source file), with its author and text.
/// </summary>
internal sealed class ReviewCommentRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.ReviewComment;

    public void Check(ValidationContext context)
    {
        foreach (var comment in context.Document.Comments)
        {
            // The target is an element ID (P1, M2) or a document path (header.title, sections[1].heading).
            var location = context.Index.Declarations.TryGetValue(comment.Target, out var declared)
                ? new FindingLocation(declared.Path, comment.Target, source: comment.Source)
                : new FindingLocation(comment.Target, source: comment.Source);
            context.Report(Descriptor, location, comment.Author, OneLine(comment.Text));
        }
    }

    /// <summary>The comment's text on one line (a finding is one line): its line feeds become spaces.</summary>
    private static string OneLine(string text) => text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
}
