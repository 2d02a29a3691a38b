using System.Collections.Generic;
using System.Globalization;

namespace ReviewModel.Cli.Checking;

/// <summary>What <c>check</c> was asked to do.</summary>
internal sealed class CheckRequest
{
    public CheckRequest(IReadOnlyList<string> files, bool strict = false, string? settingsFile = null, string format = "text", CultureInfo? culture = null, IReadOnlyList<string>? includes = null)
    {
        Includes = includes ?? System.Array.Empty<string>();
        Files = files;
        Strict = strict;
        SettingsFile = settingsFile;
        Format = format;
        Culture = culture;
    }

    /// <summary>Files and folders as given; a folder is checked recursively (see <see cref="CheckInputs"/>).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The <c>--include</c> patterns for files found in folders; empty for the defaults.</summary>
    public IReadOnlyList<string> Includes { get; }

    public bool Strict { get; }

    public string? SettingsFile { get; }

    /// <summary>text, json or sarif.</summary>
    public string Format { get; }

    /// <summary>The message language; null for Chinese.</summary>
    public CultureInfo? Culture { get; }
}
