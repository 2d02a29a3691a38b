using ReviewModel.Model;
using ReviewModel.Text;

namespace ReviewModel.Validation.Rules;

/// <summary>
/// RM0014: a measure says something checkable — a deadline or standard, an Arabic number, a Chinese
/// numeral with a counter (一次, 两篇), a placeholder number (x次), or a time limit (年底前).
/// "今后一定改正" has none of these.
/// </summary>
internal sealed class MeasureNotCheckableRule : IReviewRule
{
    private const string Numerals = "一二三四五六七八九十百千万两半";
    private const string Counters = "次个篇项条人天周月年季批场期份件名家所%％倍小";

    public RuleDescriptor Descriptor => RuleCatalogue.MeasureNotCheckable;

    public void Check(ValidationContext context)
    {
        foreach (var (measure, path) in context.Index.Measures)
        {
            if (!IsCheckable(measure))
            {
                context.Report(Descriptor, new FindingLocation(path, measure.Id, source: measure.Source), measure.Id);
            }
        }
    }

    internal static bool IsCheckable(Measure measure)
    {
        if (measure.Deadline is not null || !string.IsNullOrWhiteSpace(measure.Standard))
        {
            return true;
        }

        if (HasQuantity(measure.Title) || HasQuantity(measure.Body))
        {
            return true;
        }

        foreach (var item in measure.Items)
        {
            if (HasQuantity(item.Lead) || HasQuantity(item.Body))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool HasQuantity(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'))
            {
                return true;
            }

            if (Numerals.IndexOf(c) >= 0 && i + 1 < text.Length && Counters.IndexOf(text[i + 1]) >= 0)
            {
                return true;
            }

            if ((c == '底' || c == '末') && i + 1 < text.Length && text[i + 1] == '前')
            {
                return true;
            }
        }

        return PlaceholderScanner.ContainsPlaceholder(text);
    }
}
