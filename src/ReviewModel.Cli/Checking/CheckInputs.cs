using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ReviewModel.Cli.Checking;

/// <summary>One file <c>check</c> will read, or an argument it cannot use (a directory it cannot list, or one with no material).</summary>
internal readonly struct CheckInput
{
    public CheckInput(string path, string? error = null)
    {
        Path = path;
        Error = error;
    }

    public string Path { get; }

    /// <summary>Why the argument gives no file to check, or null.</summary>
    public string? Error { get; }
}

/// <summary>
/// Turns <c>check</c>'s arguments into files: a file stays as given; a directory gives every file under
/// it (recursively, in ordinal order of the relative path) that matches one of the <c>--include</c>
/// patterns (by default the materials the importer reads: .txt, .md, .markdown, .docx). Hidden folders
/// (a name starting with '.') and symbolic links to folders are not entered, so a link loop cannot
/// recurse. A folder that cannot be listed, or that holds no matching file, is an input error of its
/// own: the other arguments are still checked.
/// </summary>
internal static class CheckInputs
{
    /// <summary>How deep folders are entered; deeper ones are reported, not silently skipped.</summary>
    public const int MaxDepth = 64;

    public static IReadOnlyList<CheckInput> Expand(IReadOnlyList<string> arguments, IReadOnlyList<string>? includes)
    {
        var globs = (includes is { Count: > 0 } ? includes : FileGlob.Defaults).Select(p => new FileGlob(p)).ToList();
        var inputs = new List<CheckInput>();
        foreach (var argument in arguments)
        {
            bool isDirectory;
            try
            {
                isDirectory = Directory.Exists(argument);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                isDirectory = false;
            }

            if (!isDirectory)
            {
                inputs.Add(new CheckInput(argument));
                continue;
            }

            var before = inputs.Count;
            Walk(argument, globs, inputs);
            if (inputs.Count == before)
            {
                var patterns = string.Join(" ", globs.Select(g => g.Pattern));
                inputs.Add(new CheckInput(argument, $"{argument}: 目录中没有匹配 {patterns} 的材料 (the folder holds no file matching {patterns})."));
            }
        }

        return inputs;
    }

    private static void Walk(string root, List<FileGlob> globs, List<CheckInput> inputs)
    {
        var pending = new Stack<(string Path, string Relative, int Depth)>();
        pending.Push((root, string.Empty, 0));
        while (pending.Count > 0)
        {
            var (directory, relative, depth) = pending.Pop();
            string[] files;
            string[] directories;
            try
            {
                files = Directory.GetFiles(directory);
                directories = Directory.GetDirectories(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                inputs.Add(new CheckInput(directory, $"{directory}: 无法列出目录：{e.Message} (cannot list the folder)."));
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                var name = Path.GetFileName(file);
                var path = relative.Length == 0 ? name : relative + "/" + name;
                if (globs.Any(g => g.IsMatch(path)))
                {
                    inputs.Add(new CheckInput(file));
                }
            }

            Array.Sort(directories, StringComparer.Ordinal);
            for (var i = directories.Length - 1; i >= 0; i--)
            {
                var sub = directories[i];
                var name = Path.GetFileName(sub);
                if (name.StartsWith(".", StringComparison.Ordinal) || IsLink(sub))
                {
                    continue;
                }

                if (depth + 1 > MaxDepth)
                {
                    inputs.Add(new CheckInput(sub, $"{sub}: 目录层级超过 {MaxDepth} 层，未检查 (folders nested deeper than {MaxDepth} levels are not checked)."));
                    continue;
                }

                pending.Push((sub, relative.Length == 0 ? name : relative + "/" + name, depth + 1));
            }
        }
    }

    private static bool IsLink(string directory)
    {
        try
        {
            return new DirectoryInfo(directory).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }
}
