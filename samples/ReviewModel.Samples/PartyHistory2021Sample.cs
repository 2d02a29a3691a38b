using ReviewModel.Model;

namespace ReviewModel.Samples;

/// <summary>The user's sample (市委常委班子, 2021 党史学习教育专题民主生活会) expressed through the fluent builder.</summary>
public static class PartyHistory2021Sample
{
    /// <summary>Builds the sample document.</summary>
    public static ReviewDocument Build() => throw new System.NotSupportedException("pending");
}
