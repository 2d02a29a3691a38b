using ReviewModel.Import;
using ReviewModel.Rendering.Docx;
using ReviewModel.Validation;

// Markdown (Markdig), plain text, and a DOCX rendered and read back (OpenXml): each prints its placeholder findings.
const string markdown = "# 某局党组2024年度民主生活会对照检查材料\n\n## 一、存在的问题\n\n（一）在**政治**建设方面。一是**学习**不够，仅学习xx次。\n";
var validator = new ReviewValidator();
var fromMarkdown = ReviewImporter.Import(markdown, ImportOptions.Default.WithFile("materials/branch.md"));
var fromText = ReviewImporter.Import(markdown.Replace("**", string.Empty), ImportOptions.Default.WithFile("materials/branch.txt"));
var docx = new MemoryStream();
DocxRenderer.Render(fromText.Document, docx);
docx.Position = 0;
var fromDocx = ReviewImporter.ImportDocx(docx, ImportOptions.Default.WithFile("materials/branch.docx"));
foreach (var result in new[] { fromMarkdown, fromText, fromDocx })
{
    foreach (var finding in validator.Validate(result.Document).Findings.Where(f => f.RuleId == "RM0007"))
    {
        Console.WriteLine($"{finding.Location}: {finding.RuleId} {finding.Message}");
    }
}
