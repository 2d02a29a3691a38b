using System;
using System.Globalization;
using System.Resources;

namespace ReviewModel.Validation;

/// <summary>
/// One rule of the catalogue: its stable ID (RM0001…), category, default severity, help page, and
/// title and message in Chinese (the default) and English. The runtime validator, the analyzers and
/// the command line all report a rule through its descriptor, so each rule is defined once.
/// </summary>
public sealed class RuleDescriptor
{
    internal RuleDescriptor(string id, string category, RuleSeverity defaultSeverity, RuleNeeds needs, bool enabledByDefault = true)
    {
        Id = id;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Needs = needs;
        IsEnabledByDefault = enabledByDefault;
    }

    /// <summary>The stable ID, e.g. "RM0007".</summary>
    public string Id { get; }

    /// <summary>The category: Structure, Links, Content, Accountability (document rules), Files (RM01xx), Import (RMI…).</summary>
    public string Category { get; }

    /// <summary>The severity when nothing is configured.</summary>
    public RuleSeverity DefaultSeverity { get; }

    /// <summary>What the rule must know of a document: the element alone, the element and the header, or the
    /// whole document. A front end that knows a document only in part reports the rule only where this is known.</summary>
    public RuleNeeds Needs { get; }

    /// <summary>Whether the rule runs when nothing is configured.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>Whether the rule is about the document's elements (RM0001–RM0099, checked by the validator, waivable).</summary>
    internal bool IsDocumentRule => Category != RuleCatalogue.FilesCategory && Category != RuleCatalogue.ImportCategory;

    /// <summary>The help page, relative to the repository root: <c>docs/rules/RMxxxx.md</c>.</summary>
    public string HelpPath => $"docs/rules/{Id}.md";

    /// <summary>The help page's web address.</summary>
    public string HelpUri => $"https://github.com/reviewmodel/reviewmodel/blob/main/{HelpPath}";

    /// <summary>The short title.</summary>
    /// <param name="culture">The language; null for Chinese.</param>
    public string Title(CultureInfo? culture = null) => Text("Title", culture);

    /// <summary>The message format, with <c>{0}</c>… placeholders for the arguments.</summary>
    /// <param name="culture">The language; null for Chinese.</param>
    public string MessageFormat(CultureInfo? culture = null)
    {
        // Every finding formats its message: the last culture's format is kept, so that the resource manager
        // (which takes a lock on each look-up) is asked once per rule and language, not once per finding.
        culture ??= RuleResources.Chinese;
        var cached = _message;
        if (cached is not null && (ReferenceEquals(cached.Item1, culture) || cached.Item1.Equals(culture)))
        {
            return cached.Item2;
        }

        var text = Text("Message", culture);
        _message = Tuple.Create(culture, text);
        return text;
    }

    private Tuple<CultureInfo, string>? _message;

    /// <summary>A longer description of what the rule checks and why.</summary>
    /// <param name="culture">The language; null for Chinese.</param>
    public string Description(CultureInfo? culture = null) => Text("Description", culture);

    /// <summary>Formats the message with its arguments.</summary>
    /// <param name="culture">The language; null for Chinese.</param>
    /// <param name="arguments">The message arguments.</param>
    public string FormatMessage(CultureInfo? culture, params object?[] arguments) =>
        string.Format(culture ?? RuleResources.Chinese, MessageFormat(culture), arguments);

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title()}";

    private string Text(string part, CultureInfo? culture) =>
        RuleResources.Manager.GetString($"{Id}_{part}", culture ?? RuleResources.Chinese)
        ?? throw new MissingManifestResourceException($"Resource {Id}_{part} is missing.");
}

/// <summary>The rule texts, in <c>RuleResources.resx</c> (Chinese) and <c>RuleResources.en.resx</c>.</summary>
internal static class RuleResources
{
    public static readonly CultureInfo Chinese = new("zh-CN");

    public static readonly ResourceManager Manager =
        new("ReviewModel.Validation.RuleResources", typeof(RuleResources).Assembly);
}
