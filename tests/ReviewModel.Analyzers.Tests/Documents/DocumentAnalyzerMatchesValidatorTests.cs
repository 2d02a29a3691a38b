using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using ReviewModel.Analyzers.Tests.Infrastructure;
using ReviewModel.Import;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Documents;

/// <summary>
/// The document analyzer reports exactly what <see cref="ReviewImporter"/> + <see cref="ReviewValidator"/>
/// find — same rule, line, column and message — on real materials; and no input makes it throw.
/// </summary>
public sealed class DocumentAnalyzerMatchesValidatorTests
{
    private static readonly CultureInfo Chinese = new("zh-CN");
    private static readonly CultureInfo English = new("en");

    public static TheoryData<string> Materials()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.PathOf("tests/ReviewModel.Tests/Fixtures"), "*", SearchOption.AllDirectories).Order())
        {
            if (Path.GetExtension(file) is ".md" or ".txt")
            {
                data.Add(Path.GetRelativePath(RepositoryFiles.Root, file).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Materials))]
    public async Task Analyzer_diagnostics_equal_the_validator_findings(string relativePath)
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf(relativePath));
        var path = "/0/" + relativePath;
        var imported = ReviewImporter.Import(text, ImportOptions.Default.WithFile(path), CancellationToken.None);
        var findings = ReviewValidator.ValidateDocument(imported.Document, CancellationToken.None).Active.ToList();
        var englishFindings = new ReviewValidator(ValidationOptions.Default.WithCulture(English)).Validate(imported.Document).Active.ToList();
        Assert.NotEmpty(findings); // real materials: the comparison compares something

        var diagnostics = await DocumentRun.DiagnosticsAsync(CancellationToken.None, (path, text));

        // The importer's diagnostics (RMI…) are reported too, as the command line reports them.
        var notes = imported.Diagnostics.ToList();
        var englishNotes = notes.Select(n => n.Configured(ValidationOptions.Default.WithCulture(English))!).ToList();
        static string Key(string id, int line, int column, string message) => $"{id} ({line},{column}) {message}";
        // Past a hard line break joined by the importer (PDF text) the validator's column is approximate and may
        // run past the line's end; the compiler needs a real position, so the analyzer stops at the line's end.
        // Lines as the compiler counts them: a line ends at CR LF, LF or a lone CR.
        var lines = Microsoft.CodeAnalysis.Text.SourceText.From(text).Lines;
        int Column(int line, int column) => line - 1 < lines.Count ? System.Math.Min(column, lines[line - 1].End - lines[line - 1].Start + 1) : column;
        Assert.Equal(
            findings.Select(f => Key(f.RuleId, f.Location.Source?.Line ?? 1, Column(f.Location.Source?.Line ?? 1, f.Location.Source?.Column ?? 1), f.Message))
                .Concat(notes.Select(n => Key(n.Code, n.Source?.Line ?? 1, Column(n.Source?.Line ?? 1, n.Source?.Column ?? 1), n.Message))).Order(),
            diagnostics.Select(d => Key(d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1, d.GetMessage(Chinese))).Order());
        Assert.Equal(
            englishFindings.Select(f => f.RuleId + " " + f.Message).Concat(englishNotes.Select(n => n.Code + " " + n.Message)).Order(),
            diagnostics.Select(d => d.Id + " " + d.GetMessage(English)).Order());
        Assert.All(diagnostics, d => Assert.Equal(path, d.Location.GetLineSpan().Path));
    }

    [Fact]
    public async Task Random_text_never_makes_the_analyzer_throw()
    {
        string[] pieces =
        {
            "一、", "二、存在的问题", "三、整改措施", "原因剖析", "（一）", "(二)", "一是", "二是", "1.", "2、", "**", "# ", "## ", "xx", "××", "【待补】",
            "20xx年", "责任人：", "完成时限：", "2025年6月30日", "比如，", "在政治方面。", "对照检查材料", "\n", "\r\n", "\n\n", " ", "\t", "|", "---", "\0", "\u0001", "。", "我", "有的同志",
        };
        var texts = Gen.Int[0, pieces.Length - 1].Array[0, 60].Select(indexes => string.Concat(indexes.Select(i => pieces[i]))).Array[200].Single();
        var files = texts.Select((t, i) => ($"/0/reviews/random{i}.md", t)).ToArray();

        var diagnostics = await DocumentRun.DiagnosticsAsync(CancellationToken.None, files);

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.All(diagnostics, d => Assert.Matches("^(RM(00(0[1-9]|1[0-6]|3[0-2])|0100)|RMI00[1-9])$", d.Id));
        var withDiagnostics = diagnostics.Select(d => d.Location.GetLineSpan().Path).Distinct().Count();
        Assert.True(withDiagnostics > 100, $"most random files get some finding or RM0100 ({withDiagnostics} of 200)");
    }
}
