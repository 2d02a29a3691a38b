using ReviewModel.Validation;

namespace ReviewModel.Cli;

/// <summary>The one-line summary printed after findings.</summary>
internal static class FindingSummary
{
    public static string Describe(ValidationResult result)
    {
        var errors = result.Count(RuleSeverity.Error);
        var warnings = result.Count(RuleSeverity.Warning);
        var infos = result.Count(RuleSeverity.Info);
        var waived = result.Findings.Count - errors - warnings - infos;
        return $"共 {errors} 个错误、{warnings} 个警告、{infos} 条提示、{waived} 条已豁免 ({errors} errors, {warnings} warnings, {infos} info, {waived} waived)";
    }
}
