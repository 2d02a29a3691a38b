using ReviewModel.Model;
using ReviewModel.Text;

namespace ReviewModel.Validation.Rules;

/// <summary>
/// RM0031: the <c>（一）</c> headings of one document use one style: a section numbered <c>(一)</c> where an
/// earlier one is numbered <c>（一）</c> (or the reverse) is reported, at the section.
/// </summary>
internal sealed class MixedNumberingRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.MixedNumbering;

    public void Check(ValidationContext context)
    {
        var document = context.Document;
        HeadingNumberStyle? first = null;
        for (var s = 0; s < document.Sections.Count; s++)
        {
            var style = NumberedStyle(document.Sections[s]);
            if (style is null)
            {
                continue;
            }

            if (first is null)
            {
                first = style;
                continue;
            }

            if (style != first)
            {
                var path = DocumentPaths.Section(document, s);
                context.Report(Descriptor, new FindingLocation(path, source: document.Sections[s].Source), ChineseText.HeadingNumber(1, style.Value), ChineseText.HeadingNumber(1, first.Value));
            }
        }
    }

    /// <summary>The style of a section's <c>（一）</c> numbers, when it has any.</summary>
    private static HeadingNumberStyle? NumberedStyle(Section section) => Parenthesised(section switch
    {
        ProblemSection p when p.Aspects.Count > 0 => p.NumberStyle,
        CauseSection c when c.Causes.Count > 0 => c.NumberStyle,
        MeasureSection m when m.Measures.Count > 0 => m.NumberStyle,
        _ => null,
    });

    /// <summary>Only （一） against (一) is mixed numbering; a section numbered as a list (1., 一是) is another level's style.</summary>
    private static HeadingNumberStyle? Parenthesised(HeadingNumberStyle? style) =>
        style is HeadingNumberStyle.FullWidth or HeadingNumberStyle.HalfWidth ? style : null;
}
