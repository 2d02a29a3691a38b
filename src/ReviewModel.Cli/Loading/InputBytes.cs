using System;
using System.IO;

namespace ReviewModel.Cli.Loading;

/// <summary>
/// Reads a document JSON with a size cap (the importer's <see cref="ReviewModel.Import.ImportLimits.MaxFileBytes"/>),
/// never opening a file of length 0: devices, FIFOs and sockets report that length on Unix, and opening a
/// FIFO with no writer would block forever.
/// </summary>
internal static class InputBytes
{
    public static byte[] Read(string path)
    {
        var max = ReviewModel.Import.ImportLimits.Default.MaxFileBytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new CommandInputException(Directory.Exists(path) ? $"{path}: 这是一个目录，不是文件 (this is a folder, not a file)." : $"{path}: 文件不存在 (file not found).");
            }

            if (info.Length == 0)
            {
                throw new CommandInputException($"{path}: 文件为空，或不是普通文件（设备、管道不予读取）(the file is empty, or not a regular file: devices and pipes are not read).");
            }

            if (info.Length > max)
            {
                throw new CommandInputException($"{path}: 文件超过 {max} 字节 (the file is larger than {max} bytes).");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    throw new CommandInputException($"{path}: 文件超过 {max} 字节 (the file is larger than {max} bytes).");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "文件不存在 (file not found)." : $"无法读取文件：{e.Message} (cannot read the file).";
            throw new CommandInputException($"{path}: {reason}", e);
        }
    }
}
