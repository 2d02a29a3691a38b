using System.CommandLine;
using ReviewModel.Model;
using ReviewModel.Rendering;

namespace ReviewModel.Cli.Loading;

/// <summary>The argument and options the file commands (import, render, lists) share, defined once.</summary>
internal static class CommandParts
{
    public const string DocumentOrMaterial = "文档 JSON 或 .txt/.md/.docx 材料 (a document JSON or a material to import)";

    /// <summary>The input file argument.</summary>
    public static Argument<string> File(string description) => new("file") { Description = description, HelpName = "文件" };

    /// <summary><c>--to</c>: one of <paramref name="forms"/>, the first being the default.</summary>
    public static Option<string> To(params string[] forms)
    {
        var option = new Option<string>("--to")
        {
            Description = "输出形式 (output form): " + string.Join(" | ", forms),
            HelpName = "格式",
            DefaultValueFactory = _ => forms[0],
        };
        option.AcceptOnlyFromAmong(forms);
        return option;
    }

    /// <summary><c>--out</c>: the output file.</summary>
    public static Option<string?> Out(string description) => new("--out") { Description = description, HelpName = "路径" };

    /// <summary>The document as Markdown (<c>md</c>) or plain text (<c>txt</c>).</summary>
    public static string RenderText(ReviewDocument document, string form) =>
        form == "txt" ? new TextRenderer().Render(document) : new MarkdownRenderer().Render(document);
}
