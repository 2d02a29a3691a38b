using System;
using System.IO;
using System.IO.Compression;

namespace ReviewModel.Rendering.Docx;

/// <summary>
/// Copies a zip package entry by entry, in the same order, giving every entry one fixed time: the
/// packaging layer stamps entries with the time of writing, which would make every run's bytes differ.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The time every entry carries: the zip format's earliest date.</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Copy(Stream source, Stream output)
    {
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var copy = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in input.Entries)
        {
            var target = copy.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            target.LastWriteTime = EntryTime;
            using var from = entry.Open();
            using var to = target.Open();
            from.CopyTo(to);
        }
    }
}
