extern alias documents;

using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReviewModel.Validation;
using Xunit;
using DocumentRules = documents::ReviewModel.Analyzers.RuleDiagnostics;
using ReviewDocumentAnalyzer = documents::ReviewModel.Analyzers.Documents.ReviewDocumentAnalyzer;

namespace ReviewModel.Analyzers.Tests.Documents;

/// <summary>The document analyzer's descriptors are the whole catalogue, built as the C# analyzer's are.</summary>
public sealed class DocumentDescriptorTests
{
    [Fact]
    public void Every_catalogue_rule_has_a_descriptor_with_its_texts_and_default_severity()
    {
        var supported = new ReviewDocumentAnalyzer().SupportedDiagnostics;
        // Every rule that can fire on one document file; the ledger (RM0020–RM0023) and cross-material (RM0024–RM0025)
        // rules never do, so the analyzer does not declare them.
        var rules = RuleCatalogue.All.Where(r => r.Category is not ("Ledger" or "Similarity")).ToList();
        Assert.Equal(rules.Select(r => r.Id).Order(System.StringComparer.Ordinal), supported.Select(d => d.Id).Order(System.StringComparer.Ordinal));
        foreach (var rule in rules)
        {
            var descriptor = supported.Single(d => d.Id == rule.Id);
            Assert.NotNull(descriptor);
            Assert.Equal(rule.Category, descriptor!.Category);
            Assert.Equal(rule.HelpUri, descriptor.HelpLinkUri);
            var expected = rule.DefaultSeverity switch
            {
                RuleSeverity.Error => DiagnosticSeverity.Error,
                RuleSeverity.Warning => DiagnosticSeverity.Warning,
                RuleSeverity.Info => DiagnosticSeverity.Info,
                _ => DiagnosticSeverity.Hidden,
            };
            Assert.Equal(expected, descriptor.DefaultSeverity);
            foreach (var culture in new[] { new CultureInfo("zh-CN"), new CultureInfo("en") })
            {
                Assert.Equal(rule.Title(culture), descriptor.Title.ToString(culture));
                Assert.Equal(rule.MessageFormat(culture), descriptor.MessageFormat.ToString(culture));
                Assert.Equal(rule.Description(culture), descriptor.Description.ToString(culture));
            }
        }

        Assert.Null(DocumentRules.ForRule("RM9999"));
        Assert.Null(DocumentRules.ForImportNote("RMI999"));
        Assert.Equal("Files", DocumentRules.DocumentNotImported.Category);
        Assert.Equal(DiagnosticSeverity.Warning, DocumentRules.DocumentNotImported.DefaultSeverity);
    }
}
