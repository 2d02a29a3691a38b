using System;
using System.IO;
using System.Text;

namespace ReviewModel.Cli.Loading;

/// <summary>
/// Where a command writes: text to <c>--out PATH</c> (UTF-8 without a byte-order mark; the folder is
/// created) or to standard output; binary files (DOCX) only to a path. Write failures become a
/// <see cref="CommandInputException"/> naming the file; the first line of stderr errors is
/// <c>reviewmodel: error: </c>.
/// </summary>
internal static class CommandOutput
{
    /// <summary>Exit code for bad input: unreadable, unsupported, empty or invalid files, wrong options.</summary>
    public const int BadInput = 2;

    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>Writes one error line to stderr (line breaks become spaces, tabs are dropped) and returns <see cref="BadInput"/>.</summary>
    public static int Fail(TextWriter error, string message)
    {
        error.WriteLine("reviewmodel: error: " + OneLine(message));
        return BadInput;
    }

    /// <summary>Writes text to the file, or to <paramref name="console"/> when <paramref name="path"/> is null.</summary>
    public static void WriteText(string? path, string content, TextWriter console)
    {
        if (path is null)
        {
            console.Write(content);
            return;
        }

        WriteFile(path, stream =>
        {
            var bytes = Utf8.GetBytes(content);
            stream.Write(bytes, 0, bytes.Length);
        }, console);
    }

    /// <summary>
    /// Writes a file through <paramref name="write"/> atomically (the folder is created when missing) and
    /// says so on <paramref name="console"/>: the content goes to a temporary file in the same folder,
    /// which is flushed to disk and then renamed over <paramref name="path"/>, so an interrupted or failed
    /// run never leaves half a file, and a file that exists is replaced only once the new one is complete.
    /// </summary>
    /// <exception cref="CommandInputException">The file cannot be written.</exception>
    public static void WriteFile(string path, Action<Stream> write, TextWriter console)
    {
        string? temporary = null;
        try
        {
            var full = Path.GetFullPath(path);
            var directory = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            if (Directory.Exists(full))
            {
                throw new IOException("这是一个目录 (it is a folder)");
            }

            temporary = Path.Combine(directory ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
            temporary = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            throw new CommandInputException($"{path}: 无法写入文件：{e.Message} (cannot write the file).", e);
        }
        finally
        {
            if (temporary is not null)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Left behind; named .NAME.….tmp, it replaces nothing.
                }
            }
        }

        console.WriteLine($"已写入 (wrote) {path}");
    }

    /// <summary>Refuses an output that is one of the inputs: the same file by path, through symbolic links or as a hard link.</summary>
    /// <exception cref="CommandInputException">It is.</exception>
    public static void RefuseInput(string? output, params string[] inputs)
    {
        if (output is null)
        {
            return;
        }

        foreach (var input in inputs)
        {
            if (FileIdentity.Same(output, input))
            {
                throw new CommandInputException($"{output}: 输出文件就是输入文件 {input}，不会覆盖材料，请另选 --out (the output is the input file {input}: the material is not overwritten; choose another --out).");
            }
        }
    }

    /// <summary>
    /// The one-line message for an exception the importer or a renderer should not have thrown: the
    /// file, the exception type and its message (no stack trace), so one bad file never takes the
    /// others down and a user can still report it.
    /// </summary>
    public static string InternalError(string file, Exception exception) =>
        $"{file}: 内部错误，请报告此问题 (internal error, please report it): {exception.GetType().Name}: {exception.Message}";

    private static string OneLine(string message) =>
        message.Replace("\r\n", " ").Replace("\t", string.Empty).Replace('\r', ' ').Replace('\n', ' ');
}
