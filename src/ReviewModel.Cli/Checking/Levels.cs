using ReviewModel.Validation;

namespace ReviewModel.Cli.Checking;

/// <summary>Severity names in compiler output and in SARIF.</summary>
internal static class Levels
{
    public static string Compiler(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "info",
    };

    public static string Sarif(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "note",
        _ => "none",
    };
}
