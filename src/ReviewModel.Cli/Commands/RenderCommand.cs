using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ReviewModel.Cli.Loading;
using ReviewModel.Rendering.Docx;

namespace ReviewModel.Cli.Commands;

/// <summary>
/// <c>reviewmodel render FILE [--to md|txt|docx] [--out PATH]</c>: reads a document JSON (<c>.json</c>)
/// or imports any other material, and writes it as Markdown (the default), plain text or a DOCX in the
/// official format. Markdown and text go to PATH or standard output; a DOCX is always a file: PATH, or
/// FILE with its extension changed to <c>.docx</c> (refused when that is FILE itself).
/// Exit code 0, or 2 when the file cannot be read (one line on stderr naming the file).
/// </summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var file = CommandParts.File(CommandParts.DocumentOrMaterial);
        var to = CommandParts.To("md", "txt", "docx");
        var output = CommandParts.Out("输出文件；md/txt 省略时写到标准输出，docx 省略时为同名 .docx (output file; md/txt default to standard output, docx to FILE.docx)");
        var command = new Command("render", "把文档输出为 Markdown、纯文本或公文格式 DOCX (render a document as Markdown, text or DOCX)")
        {
            file, to, output,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(Execute(
            result.GetValue(file)!,
            result.GetValue(to) ?? "md",
            result.GetValue(output),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error,
            cancellationToken)));
        return command;
    }

    /// <summary>The DOCX written when no <c>--out</c> is given: FILE with the extension <c>.docx</c>.</summary>
    public static string DefaultDocxPath(string file) => Path.ChangeExtension(file, ".docx");

    /// <summary>Runs the rendering; returns the exit code.</summary>
    public static int Execute(string file, string to, string? outPath, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        try
        {
            if (to == "docx")
            {
                var path = outPath ?? DefaultDocxPath(file);
                if (outPath is null && (SamePath(path, file) || FileIdentity.Same(path, file)))
                {
                    return CommandOutput.Fail(error, $"{file}: 输出会覆盖输入，请用 --out 指定 DOCX 文件 (the output would overwrite the input: give the DOCX file with --out).");
                }

                CommandOutput.RefuseInput(path, file);

                var document = DocumentLoader.Load(file, cancellationToken).Document;
                CommandOutput.WriteFile(path, stream => DocxRenderer.Render(document, stream, null, cancellationToken), output);
                return 0;
            }

            CommandOutput.RefuseInput(outPath, file);
            var loaded = DocumentLoader.Load(file, cancellationToken).Document;
            var content = CommandParts.RenderText(loaded, to);
            CommandOutput.WriteText(outPath, content, output);
            return 0;
        }
        catch (CommandInputException e)
        {
            return CommandOutput.Fail(error, e.Message);
        }
    }

    internal static bool SamePath(string a, string b)
    {
        try
        {
            return string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }
}
