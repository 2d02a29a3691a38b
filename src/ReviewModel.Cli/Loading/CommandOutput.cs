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

    /// <summary>Writes a file through <paramref name="write"/> (the folder is created when missing) and says so on <paramref name="console"/>.</summary>
    /// <exception cref="CommandInputException">The file cannot be written.</exception>
    public static void WriteFile(string path, Action<Stream> write, TextWriter console)
    {
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            using var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
            write(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            throw new CommandInputException($"{path}: 无法写入文件：{e.Message} (cannot write the file).", e);
        }

        console.WriteLine($"已写入 (wrote) {path}");
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
