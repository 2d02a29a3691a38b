using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ReviewModel.Cli.Loading;
using ReviewModel.Serialization;

namespace ReviewModel.Cli.Commands;

/// <summary>
/// <c>reviewmodel import FILE [--to json|md|txt] [--out PATH]</c>: imports a .txt, .md or .docx material
/// and writes it as document JSON (the default), Markdown or plain text to PATH or standard output
/// (UTF-8). Exit code 0, or 2 when the file cannot be imported (one line on stderr naming the file).
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = CommandParts.File("要导入的材料：.txt、.md、.docx (the material to import)");
        var to = CommandParts.To("json", "md", "txt");
        var output = CommandParts.Out("输出文件；省略时写到标准输出 (output file; standard output when omitted)");
        var command = new Command("import", "导入 .txt/.md/.docx 材料，输出文档 JSON、Markdown 或纯文本 (import a material as document JSON, Markdown or text)")
        {
            file, to, output,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(Execute(
            result.GetValue(file)!,
            result.GetValue(to) ?? "json",
            result.GetValue(output),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error,
            cancellationToken)));
        return command;
    }

    /// <summary>Runs the import; returns the exit code.</summary>
    public static int Execute(string file, string to, string? outPath, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        try
        {
            CommandOutput.RefuseInput(outPath, file);
            var document = DocumentLoader.Import(file, cancellationToken).Document;
            var content = to == "json" ? ReviewJson.Serialize(document) + Environment.NewLine : CommandParts.RenderText(document, to);
            CommandOutput.WriteText(outPath, content, output);
            return 0;
        }
        catch (CommandInputException e)
        {
            return CommandOutput.Fail(error, e.Message);
        }
    }
}
