using System.Collections.Generic;
using NodaTime;
using ReviewModel.Validation;

namespace ReviewModel.Ledger.Rules;

/// <summary>What a ledger rule sees — the ledger, today's date, the options — and reports through.</summary>
internal sealed class LedgerCheckContext
{
    private readonly List<Finding> _findings;

    public LedgerCheckContext(RectificationLedger ledger, LocalDate today, LedgerCheckOptions options, List<Finding> findings)
    {
        Ledger = ledger;
        Today = today;
        Options = options;
        _findings = findings;
    }

    public RectificationLedger Ledger { get; }

    public LocalDate Today { get; }

    public LedgerCheckOptions Options { get; }

    public IEnumerable<(LedgerEntry Entry, string Path)> Entries
    {
        get
        {
            for (var i = 0; i < Ledger.Entries.Count; i++)
            {
                yield return (Ledger.Entries[i], $"entries[{i}]");
            }
        }
    }

    public void Report(RuleDescriptor rule, LedgerEntry entry, string path, params object?[] arguments)
    {
        var severity = Options.Validation.SeverityOf(rule);
        if (severity == RuleSeverity.None)
        {
            return;
        }

        var culture = Options.Validation.Culture;
        _findings.Add(new Finding(rule, severity, rule.FormatMessage(culture, arguments), new FindingLocation(path, entry.Key), arguments, null));
    }
}
