using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Validation;

/// <summary>What a rule sees: the indexed document and the options; rules report through it.</summary>
internal sealed class ValidationContext
{
    private readonly List<Finding> _findings;

    public ValidationContext(DocumentIndex index, ValidationOptions options, List<Finding> findings)
    {
        Index = index;
        Options = options;
        _findings = findings;
    }

    public DocumentIndex Index { get; }

    public ReviewDocument Document => Index.Document;

    public ValidationOptions Options { get; }

    public void Report(RuleDescriptor rule, FindingLocation location, params object?[] arguments)
    {
        var severity = Options.SeverityOf(rule);
        if (severity == RuleSeverity.None)
        {
            return;
        }

        _findings.Add(new Finding(rule, severity, rule.FormatMessage(Options.Culture, arguments), location, arguments, null));
    }

    public static FindingLocation At(in TextField field, int offset, int length) =>
        new(field.Path, field.ElementId, offset, length, field.SourceAt(offset));
}
