using System.Resources;
using ReviewModel.Validation;

namespace ReviewModel.Analyzers;

/// <summary>
/// The rule texts of the library (<c>RuleResources.resx</c> and its <c>en</c> satellite, packed next
/// to this analyzer), for the linked <see cref="RuleDiagnostics"/>: the same resources the validator
/// formats its messages with.
/// </summary>
internal static class RuleResources
{
    public static readonly ResourceManager Manager =
        new("ReviewModel.Validation.RuleResources", typeof(RuleCatalogue).Assembly);
}
