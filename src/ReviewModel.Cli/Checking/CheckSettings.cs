using System;
using System.Globalization;
using System.IO;
using ReviewModel.Validation;

namespace ReviewModel.Cli.Checking;

/// <summary>
/// Reads an <c>.editorconfig</c>-like settings file of rule severities:
/// <c>RM0007 = error</c> or <c>dotnet_diagnostic.RM0007.severity = error</c>, one per line;
/// <c>#</c> and <c>;</c> start comments, <c>[section]</c> lines are accepted and ignored.
/// Severities: error, warning, info (suggestion, note), none (silent, hidden, off).
/// <c>self_criticism_share = 0.4</c> sets the RM0015 threshold.
/// </summary>
internal static class CheckSettings
{
    /// <summary>Applies the file's settings to <paramref name="options"/>.</summary>
    /// <exception cref="CheckSettingsException">The file cannot be read or a line is wrong (with file and line).</exception>
    public static ValidationOptions Apply(string path, ValidationOptions options)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CheckSettingsException($"{path}: 无法读取设置文件 (cannot read the settings file): {e.Message}");
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = StripComment(lines[i]).Trim();
            if (line.Length == 0 || line.StartsWith("[", StringComparison.Ordinal))
            {
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                throw new CheckSettingsException($"{path}({i + 1}): 应为“RM0007 = error”形式 (expected 'RM0007 = error').");
            }

            var key = line.Substring(0, equals).Trim();
            var value = line.Substring(equals + 1).Trim();
            if (string.Equals(key, "self_criticism_share", StringComparison.OrdinalIgnoreCase))
            {
                if (!double.TryParse(HalfWidth(value), NumberStyles.Float, CultureInfo.InvariantCulture, out var share) || share < 0 || share > 1)
                {
                    throw new CheckSettingsException($"{path}({i + 1}): 比例须在 0 到 1 之间 (the share must be a number between 0 and 1): '{value}'.");
                }

                options = options.WithMinimumSelfCriticismShare(share);
                continue;
            }

            var ruleId = RuleId(key);
            if (RuleCatalogue.Find(ruleId) is null)
            {
                throw new CheckSettingsException($"{path}({i + 1}): 没有规则“{ruleId}” (no rule '{ruleId}').");
            }

            var severity = Severity(value) ?? throw new CheckSettingsException($"{path}({i + 1}): 未知的严重级别“{value}”，应为 error、warning、info 或 none (unknown severity '{value}').");
            options = options.WithSeverity(ruleId, severity);
        }

        return options;
    }

    private static string RuleId(string key)
    {
        const string prefix = "dotnet_diagnostic.";
        const string suffix = ".severity";
        if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && key.Length > prefix.Length + suffix.Length)
        {
            return key.Substring(prefix.Length, key.Length - prefix.Length - suffix.Length);
        }

        return key;
    }

    private static RuleSeverity? Severity(string value) => value.ToLowerInvariant() switch
    {
        "error" => RuleSeverity.Error,
        "warning" or "warn" => RuleSeverity.Warning,
        "info" or "suggestion" or "note" => RuleSeverity.Info,
        "none" or "silent" or "hidden" or "off" => RuleSeverity.None,
        _ => null,
    };

    /// <summary>Full-width digits and point (０.５, ０．５) read as ASCII: they are ordinary Chinese text.</summary>
    private static string HalfWidth(string value)
    {
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] >= '０' && chars[i] <= '９')
            {
                chars[i] = (char)('0' + (chars[i] - '０'));
            }
            else if (chars[i] == '．')
            {
                chars[i] = '.';
            }
        }

        return new string(chars);
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        var semicolon = line.IndexOf(';');
        var cut = hash < 0 ? semicolon : semicolon < 0 ? hash : Math.Min(hash, semicolon);
        return cut < 0 ? line : line.Substring(0, cut);
    }
}
