using System.Globalization;

namespace ReviewModel.Validation.Rules;

/// <summary>RM0015: problems and causes take at least the configured share of the body text.</summary>
internal sealed class SelfCriticismShareRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.SelfCriticismShareTooLow;

    public void Check(ValidationContext context)
    {
        var total = context.Index.TotalLength;
        if (total == 0)
        {
            return;
        }

        var share = (double)context.Index.SelfCriticismLength / total;
        var minimum = context.Options.MinimumSelfCriticismShare;
        if (share < minimum)
        {
            context.Report(Descriptor, new FindingLocation("problems"), Percent(share), Percent(minimum));
        }
    }

    private static string Percent(double value) => (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
