using System;
using System.IO;
using System.Linq;
using System.Text;

namespace ReviewModel.Cli.Loading;

/// <summary>
/// Writes the ledger, similarity and recurrence outputs atomically: to a temporary file in the same folder, then
/// renamed over the target, so that a crash never leaves half a file. An output that is one of the command's inputs
/// is refused (inputs are never overwritten). Text is UTF-8 without a byte-order mark.
/// </summary>
internal static class SafeOutput
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    /// <exception cref="CommandInputException">The path is an input, or cannot be written.</exception>
    public static void Write(string path, Action<Stream> write, TextWriter console, params string[] inputs)
    {
        var full = Path.GetFullPath(path);
        if (inputs.Any(i => string.Equals(Path.GetFullPath(i), full, StringComparison.Ordinal)))
        {
            throw new CommandInputException($"{path}: 输出文件与输入文件相同，不会覆盖输入；请用 --out 指定另一个文件 (the output is an input; inputs are never overwritten).");
        }

        var temporary = full + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
        try
        {
            var directory = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(stream);
                stream.Flush(true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            TryDelete(temporary);
            throw new CommandInputException($"{path}: 无法写入文件：{e.Message} (cannot write the file).", e);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }

        console.WriteLine($"已写入 (wrote) {path}");
    }

    public static void WriteText(string? path, string text, TextWriter console, params string[] inputs)
    {
        if (path is null)
        {
            console.Write(text);
            return;
        }

        Write(path, stream =>
        {
            var bytes = Utf8.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        }, console, inputs);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a stray temporary file is better than hiding the real error.
        }
    }
}
