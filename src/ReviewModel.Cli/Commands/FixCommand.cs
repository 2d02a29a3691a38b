using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ReviewModel.Cli.Loading;
using ReviewModel.Editing;
using ReviewModel.Import;

namespace ReviewModel.Cli.Commands;

/// <summary>
/// <c>reviewmodel fix FILE [--out PATH]</c>: applies the safe typography fixes (RM0030 half-width
/// punctuation and ASCII quotes in Chinese text, which also makes <c>(一)</c> into <c>（一）</c>; RM0032
/// spaces between Chinese characters) to a .txt, .md or .docx material and writes a NEW file — PATH, or
/// FILE with <c>.fixed</c> before its extension. The input is never overwritten. Prints how many marks were
/// changed. Exit code 0, or 2 when the file cannot be read or the output would be the input.
/// </summary>
internal static class FixCommand
{
    public static Command Create()
    {
        var file = CommandParts.File("要修正的材料：.txt、.md 或 .docx (the material: .txt, .md or .docx)");
        var output = CommandParts.Out("输出文件，默认在原文件名后加 .fixed (output file; default FILE.fixed.EXT)");
        var command = new Command("fix", "修正中文文本中的半角标点、英文引号和汉字间空格，写出新文件 (fix half-width punctuation, ASCII quotes and stray spaces; writes a new file)")
        {
            file, output,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(Execute(
            result.GetValue(file)!,
            result.GetValue(output),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error,
            cancellationToken)));
        return command;
    }

    /// <summary>The file written when no <c>--out</c> is given: <c>材料.fixed.docx</c> beside <c>材料.docx</c>.</summary>
    public static string DefaultPath(string file) =>
        Path.Combine(Path.GetDirectoryName(file) ?? string.Empty, Path.GetFileNameWithoutExtension(file) + ".fixed" + Path.GetExtension(file));

    /// <summary>Runs the fix; returns the exit code.</summary>
    public static int Execute(string file, string? outPath, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension is not (".txt" or ".text" or ".md" or ".markdown" or ".docx"))
        {
            return CommandOutput.Fail(error, $"{file}: 只能修正 .txt、.md 或 .docx 文件 (only .txt, .md and .docx files can be fixed).");
        }

        var path = outPath ?? DefaultPath(file);
        byte[] bytes;
        try
        {
            // The output is never the input: not by path, not through a link (same file identity).
            if (RenderCommand.SamePath(path, file))
            {
                throw new CommandInputException($"{file}: 输出会覆盖输入，请用 --out 指定另一个文件 (the output would overwrite the input: give another file with --out).");
            }

            CommandOutput.RefuseInput(path, file);
            bytes = InputFile.ReadAll(file, ImportLimits.Default.MaxFileBytes, file);
            if (extension == ".docx")
            {
                DocxPackageGuard.Check(new MemoryStream(bytes, writable: false), ImportLimits.Default, file, cancellationToken);
            }
        }
        catch (CommandInputException e)
        {
            return CommandOutput.Fail(error, e.Message);
        }
        catch (ReviewImportException e)
        {
            return CommandOutput.Fail(error, e.Message);
        }

        try
        {
            // The whole result is made in memory first: a file that cannot be fixed leaves no output behind.
            int count;
            byte[] result;
            if (extension == ".docx")
            {
                using var fixedDocx = new MemoryStream();
                count = TypographyFixer.FixDocx(new MemoryStream(bytes, writable: false), fixedDocx, cancellationToken);
                result = fixedDocx.ToArray();
            }
            else
            {
                var (text, _) = TextDecoder.Decode(bytes, file);
                (text, count) = TypographyFixer.FixText(text, markdown: extension is ".md" or ".markdown");
                var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
                result = new UTF8Encoding(encoderShouldEmitUTF8Identifier: bom).GetPreamble().Concat(new UTF8Encoding(false).GetBytes(text)).ToArray();
            }

            CommandOutput.WriteFile(path, stream => stream.Write(result, 0, result.Length), output);

            error.WriteLine($"已修正 {count} 处 (fixed {count} marks or spaces)");
            return 0;
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException or IOException or ArgumentException or InvalidOperationException)
        {
            return CommandOutput.Fail(error, $"{file}: 无法读取 DOCX 文件：{e.Message} (not a readable .docx file).");
        }
        catch (ReviewImportException e)
        {
            return CommandOutput.Fail(error, e.Message);
        }
        catch (CommandInputException e)
        {
            return CommandOutput.Fail(error, e.Message);
        }
    }
}
