using ReviewModel.Text;

namespace ReviewModel.Validation.Rules;

/// <summary>RM0007: no placeholder is left in any text; one finding per occurrence, at its position.</summary>
internal sealed class PlaceholderRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.PlaceholderLeft;

    public void Check(ValidationContext context)
    {
        context.Index.VisitTexts((in TextField field) =>
        {
            // Text imported from a Markdown file may keep emphasis the importer did not take for structure.
            var markdown = field.SourceFile is { } file && Import.TextImport.IsMarkdownName(file);
            foreach (var match in PlaceholderScanner.Scan(field.Text, markdown))
            {
                context.Report(Descriptor, ValidationContext.At(field, match.Start, match.Length), match.Text);
            }
        });
    }
}
