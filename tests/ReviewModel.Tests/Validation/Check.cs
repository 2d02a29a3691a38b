using System.Linq;
using ReviewModel.Model;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

/// <summary>Shared assertions for the rule tests.</summary>
internal static class Check
{
    public static ValidationResult Validate(ReviewDocument document, ValidationOptions? options = null) =>
        new ReviewValidator(options).Validate(document);

    public static ValidationResult Validate(TestDocuments document, ValidationOptions? options = null) =>
        Validate(document.Build(), options);

    /// <summary>The single active finding of <paramref name="ruleId"/>; fails if there are none or several.</summary>
    public static Finding Single(ValidationResult result, string ruleId)
    {
        var findings = result.Of(ruleId).ToList();
        Assert.True(findings.Count == 1, $"expected one {ruleId} finding, got {findings.Count}:\n" + string.Join("\n", result.Findings));
        return findings[0];
    }

    /// <summary>Asserts that <paramref name="ruleId"/> reported nothing.</summary>
    public static void Silent(ValidationResult result, string ruleId) =>
        Assert.True(!result.Findings.Any(f => f.RuleId == ruleId), $"expected no {ruleId} finding, got:\n" + string.Join("\n", result.Findings));

    /// <summary>Asserts that the finding covers exactly <paramref name="expected"/> in <paramref name="text"/>.</summary>
    public static void Span(Finding finding, string text, string expected)
    {
        Assert.NotNull(finding.Location.Offset);
        Assert.NotNull(finding.Location.Length);
        Assert.Equal(text.IndexOf(expected, System.StringComparison.Ordinal), finding.Location.Offset);
        Assert.Equal(expected.Length, finding.Location.Length);
    }
}
