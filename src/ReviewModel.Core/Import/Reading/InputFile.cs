using System;
using System.IO;

namespace ReviewModel.Import;

/// <summary>
/// Reads a whole input file with a size cap. A device, a pipe (FIFO) or a socket is refused before it
/// is opened — opening a FIFO with no writer would block forever, and <c>/dev/zero</c> never ends: on
/// Unix they all report a length of 0, as an empty file does, and a file of length 0 is never opened.
/// Whatever a file claims its length is, the read stops once it passes
/// <see cref="ImportLimits.MaxFileBytes"/>.
/// </summary>
internal static class InputFile
{
    /// <summary>The message for a file of length 0.</summary>
    public const string EmptyOrSpecial = "文件为空，或不是普通文件（设备、管道不予读取）(the file is empty, or not a regular file: devices and pipes are not read).";

    /// <summary>The file's bytes.</summary>
    /// <exception cref="ReviewImportException">Missing, unreadable, not a regular file, or empty.</exception>
    /// <exception cref="ImportLimitExceededException">Larger than <paramref name="maxBytes"/>.</exception>
    public static byte[] ReadAll(string path, long maxBytes, string? file)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw Directory.Exists(path)
                    ? new ReviewImportException("这是一个目录，不是文件 (this is a folder, not a file).", file)
                    : new ReviewImportException("文件不存在 (file not found).", file);
            }

            if (info.Length == 0)
            {
                // Devices, FIFOs and sockets report a length of 0: they are never opened (a FIFO with
                // no writer would block, /dev/zero never ends). An empty regular file is refused too.
                throw new ReviewImportException(EmptyOrSpecial, file);
            }

            if (info.Length > maxBytes)
            {
                throw new ImportLimitExceededException(nameof(ImportLimits.MaxFileBytes), maxBytes, $"文件有 {info.Length} 字节 (the file has {info.Length} bytes)", file);
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            return ReadCapped(stream, maxBytes, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "文件不存在 (file not found)." : $"无法读取文件：{e.Message} (cannot read the file).";
            throw new ReviewImportException(reason, file, null, e);
        }
    }

    /// <summary>Reads <paramref name="stream"/> to its end, failing once more than <paramref name="maxBytes"/> have come.</summary>
    /// <exception cref="ImportLimitExceededException">More than <paramref name="maxBytes"/>.</exception>
    public static byte[] ReadCapped(Stream stream, long maxBytes, string? file)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new ImportLimitExceededException(nameof(ImportLimits.MaxFileBytes), maxBytes, $"输入超过 {maxBytes} 字节 (the input is larger than {maxBytes} bytes)", file);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
