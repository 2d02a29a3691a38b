extern alias documents;

using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ReviewModel.Analyzers.Tests.Documents;

public sealed class DocumentAnalyzerTests
{
    private const string WithMistakes =
        "# 第一党支部组织生活会对照检查材料\n" +
        "\n" +
        "**一、存在的问题**\n" +
        "\n" +
        "（一）在政治理论学习方面\n" +
        "\n" +
        "一是学习不够深入。每周学习只有xx小时，流于形式。\n" +
        "\n" +
        "**二、整改措施**\n" +
        "\n" +
        "一是加强理论学习。每月集中学习不少于2次，由支部书记负责，2025年12月31日前完成。\n";

    private const string Clean =
        "第一党支部组织生活会对照检查材料\n" +
        "\n" +
        "一、存在的问题\n" +
        "\n" +
        "（一）在增强“四个意识”、坚定“四个自信”、做到“两个维护”方面。我对照检查，理论学习不够深入，每周学习不足3小时，对重要讲话精神理解不透，学用结合不够紧密。\n" +
        "\n" +
        "（二）在知敬畏、存戒惧、守底线方面。我对照检查，纪律规矩意识不够强，对身边的小事小节有时放松要求，自我约束还需加强。\n" +
        "\n" +
        "（三）在群众观点、群众立场、群众感情、服务群众方面。我对照检查，深入群众不够，全年走访群众只有6次，对群众反映的问题跟踪办理不够及时。\n" +
        "\n" +
        "（四）在思想觉悟、能力素质、道德修养、作风形象方面。我对照检查，本领恐慌依然存在，面对新任务新要求办法不多，工作作风有时不够扎实。\n" +
        "\n" +
        "二、原因剖析\n" +
        "\n" +
        "（一）理想信念有所松懈。我放松了世界观、人生观、价值观的改造，理论学习的自觉性不够，对学习重要讲话精神没有坚持不懈。\n" +
        "\n" +
        "（二）宗旨意识有所淡化。我对全心全意为人民服务的根本宗旨认识不深，深入群众、服务群众的主动性不强，纪律规矩意识不够。\n" +
        "\n" +
        "（三）担当精神有所弱化。我满足于按部就班，本领恐慌没有正视，工作作风不够扎实，面对新任务新要求缺少办法。\n" +
        "\n" +
        "三、整改措施\n" +
        "\n" +
        "（一）加强理论学习。每周学习不少于5小时，每季度撰写1篇学习体会。（责任人：支部书记；完成时限：2025年12月31日）\n" +
        "\n" +
        "（二）密切联系群众。每月走访群众不少于2次，建立问题台账，办结率达到100%。（责任人：支部书记；完成时限：2025年12月31日）\n" +
        "\n" +
        "（三）严守纪律规矩。对照纪律规矩逐项自查，小事小节从严要求，每季度开展1次自我约束情况检查。（责任人：支部书记；完成时限：2025年12月31日）\n" +
        "\n" +
        "（四）增强能力本领、改进工作作风。每半年参加1次专题培训，面对新任务新要求拿出办法，工作作风做到扎实。（责任人：支部书记；完成时限：2025年12月31日）\n";

    [Fact]
    public async Task Placeholders_and_missing_sections_are_reported_at_their_file_line_and_column()
    {
        const string file = "/0/reviews/mistakes.review.md";
        await DocumentVerify.Analyzer(
            new[] { (file, WithMistakes) },
            null,
            Rule("RM0001", DiagnosticSeverity.Error).WithSpan(file, 1, 1, 1, 1).WithArguments("原因剖析"),
            Rule("RM0002", DiagnosticSeverity.Warning).WithSpan(file, 1, 1, 1, 1).WithArguments("工作作风"),
            Rule("RM0002", DiagnosticSeverity.Warning).WithSpan(file, 1, 1, 1, 1).WithArguments("廉洁自律"),
            Rule("RM0002", DiagnosticSeverity.Warning).WithSpan(file, 1, 1, 1, 1).WithArguments("担当作为"),
            Rule("RM0002", DiagnosticSeverity.Warning).WithSpan(file, 1, 1, 1, 1).WithArguments("政治素质"),
            Rule("RM0002", DiagnosticSeverity.Warning).WithSpan(file, 1, 1, 1, 1).WithArguments("能力本领"),
            Rule("RM0015", DiagnosticSeverity.Info).WithSpan(file, 1, 1, 1, 1).WithArguments("45%", "50%"),
            // "一是学习不够深入。每周学习只有xx小时": the placeholder is the 16th and 17th character of line 7.
            Rule("RM0007", DiagnosticSeverity.Warning).WithSpan(file, 7, 16, 7, 18).WithArguments("xx"),
            // "2025年12月31日前完成" in the measure's text is its deadline (read as inferred): no RM0012.
            Rule("RM0011", DiagnosticSeverity.Warning).WithSpan(file, 11, 3, 11, 3).WithArguments("M1"));
    }

    [Fact]
    public async Task A_clean_document_gives_nothing()
    {
        await DocumentVerify.Analyzer(new[] { ("/0/reviews/clean.review.txt", Clean) }, null);
    }

    // Raising a severity (RM0007 → error) in a .globalconfig is checked in a real build
    // (EndToEnd/PackageEndToEndTests): the test workspace applies "none" to additional-file
    // diagnostics but does not raise their severity as the command-line compiler does.
    [Fact]
    public async Task A_rule_set_to_none_in_the_globalconfig_is_not_reported()
    {
        await DocumentVerify.Analyzer(
            new[] { ("/0/reviews/mistakes.review.md", WithMistakes) },
            "is_global = true\n" + string.Concat(new[] { "RM0001", "RM0002", "RM0007", "RM0011", "RM0012", "RM0015" }.Select(id => $"dotnet_diagnostic.{id}.severity = none\n")));
    }

    [Fact]
    public async Task Files_other_tools_add_are_not_read()
    {
        // Opt-in: only *.review.md / *.review.txt and files marked ReviewModelDocument="true" are documents.
        await DocumentVerify.Analyzer(
            new[]
            {
                ("/0/settings.json", "{ \"title\": \"xx\" }"),
                ("/0/notes.csv", WithMistakes),
                ("/0/AnalyzerReleases.Unshipped.md", "### New Rules\n\nRule ID | Category\n--------|---------\nXX0001 | xx\n"),
                ("/0/PublicAPI.Shipped.txt", "#nullable enable\nReviewModel.Foo\n"),
                ("/0/BannedSymbols.txt", "T:System.Console;xx\n"),
                ("/0/NativeMethods.txt", "CreateFile\n"),
                ("/0/README.md", WithMistakes),
                ("/0/notes.txt", WithMistakes),
                ("/0/reviews/team.md", WithMistakes),
                ("/0/review.md", WithMistakes),
            },
            null);
    }

    [Fact]
    public async Task A_review_file_marked_false_is_not_read()
    {
        await DocumentVerify.Analyzer(
            new[] { ("/0/reviews/template.review.md", WithMistakes) },
            "is_global = true\n\n[/0/reviews/template.review.md]\nbuild_metadata.AdditionalFiles.ReviewModelDocument = false\n");
    }

    [Fact]
    public async Task A_markdown_file_marked_true_is_checked()
    {
        const string file = "/0/reviews/team.md";
        var text = Clean.Replace("每周学习不足3小时", "每周学习不足xx小时", System.StringComparison.Ordinal);
        await DocumentVerify.Analyzer(
            new[] { (file, text), ("/0/reviews/other.md", WithMistakes) },
            "is_global = true\n\n[/0/reviews/team.md]\nbuild_metadata.AdditionalFiles.ReviewModelDocument = true\n",
            Rule("RM0007", DiagnosticSeverity.Warning).WithSpan(file, 5, 55, 5, 57).WithArguments("xx"));
    }

    [Fact]
    public async Task A_file_marked_as_a_document_is_checked_whatever_its_extension()
    {
        const string file = "/0/reviews/team.review";
        var text = Clean.Replace("每周学习不足3小时", "每周学习不足xx小时", System.StringComparison.Ordinal);
        await DocumentVerify.Analyzer(
            new[] { (file, text) },
            "is_global = true\n\n[/0/reviews/team.review]\nbuild_metadata.AdditionalFiles.ReviewModelDocument = true\n",
            Rule("RM0007", DiagnosticSeverity.Warning).WithSpan(file, 5, 55, 5, 57).WithArguments("xx"));
    }

    [Fact]
    public async Task Document_checking_can_be_turned_off()
    {
        await DocumentVerify.Analyzer(
            new[] { ("/0/reviews/mistakes.review.md", WithMistakes) },
            "is_global = true\nbuild_property.ReviewModelCheckDocuments = false\n");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    [InlineData("abc\0def")]
    public async Task A_file_that_cannot_be_imported_gets_one_RM0100_and_no_exception(string text)
    {
        var diagnostics = await DocumentRun.DiagnosticsAsync(CancellationToken.None, ("/0/reviews/broken.md", text));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("RM0100", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("/0/reviews/broken.md", diagnostic.Location.GetLineSpan().Path);
        var chinese = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("文档无法导入：", chinese, System.StringComparison.Ordinal);
        // Under an English UI the whole message is English, the reason included.
        var english = diagnostic.GetMessage(new System.Globalization.CultureInfo("en"));
        Assert.StartsWith("The document cannot be imported: the file ", english, System.StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", english);
    }

    [Fact]
    public async Task The_importer_s_diagnostics_are_reported_at_build_with_their_catalogue_descriptors()
    {
        const string file = "/0/reviews/flat.review.md";
        var diagnostics = await DocumentRun.DiagnosticsAsync(CancellationToken.None, (file, "这是一段没有任何结构的文字。\n\n又一段。\n"));
        var structure = Assert.Single(diagnostics, d => d.Id == "RMI005");
        Assert.Equal(DiagnosticSeverity.Warning, structure.Severity);
        Assert.Equal("Import", structure.Descriptor.Category);
        Assert.Equal("未找到章节结构（一、二、……），全文作为开头段落保留", structure.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("No section structure found; the text is kept as opening paragraphs", structure.GetMessage(new System.Globalization.CultureInfo("en")));
        Assert.Equal(file, structure.Location.GetLineSpan().Path);
        Assert.Contains(diagnostics, d => d.Id == "RMI002");
        Assert.Contains(diagnostics, d => d.Id == "RM0001"); // and the validator's findings as before
    }

    [Fact]
    public async Task Cancellation_is_respected()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<System.OperationCanceledException>(() => DocumentRun.DiagnosticsAsync(cancelled.Token, ("/0/reviews/mistakes.md", WithMistakes)));
    }

    private static DiagnosticResult Rule(string id, DiagnosticSeverity severity) => new(id, severity);
}
