using System;

namespace ReviewModel.Cli.Checking;

/// <summary>
/// A file pattern for <c>check --include</c>: <c>*</c> matches within one path segment, <c>?</c> one
/// character, <c>**</c> any number of segments. A pattern without <c>/</c> matches the file name
/// (<c>*.md</c>); one with <c>/</c> matches the path relative to the directory given
/// (<c>2024/**/*.docx</c>). Case-insensitive, as file extensions are on Windows. Matching is
/// bounded: at most pattern length × path length steps.
/// </summary>
internal sealed class FileGlob
{
    private readonly string _pattern;
    private readonly bool _wholePath;

    public FileGlob(string pattern)
    {
        _pattern = pattern.Replace('\\', '/').TrimStart('/');
        if (_pattern.StartsWith("./", StringComparison.Ordinal))
        {
            _pattern = _pattern.Substring(2);
        }

        _wholePath = _pattern.IndexOf('/') >= 0;
    }

    /// <summary>The default patterns: the materials the importer reads.</summary>
    public static readonly string[] Defaults = { "*.txt", "*.md", "*.markdown", "*.docx" };

    public string Pattern => _pattern;

    /// <summary>Whether <paramref name="relativePath"/> (segments separated by <c>/</c> or <c>\</c>) matches.</summary>
    public bool IsMatch(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        if (!_wholePath)
        {
            path = path.Substring(path.LastIndexOf('/') + 1);
        }

        return Match(_pattern, path);
    }

    /// <summary>Dynamic programming over (pattern position, path position): no backtracking blow-up.</summary>
    private static bool Match(string pattern, string path)
    {
        // reachable[j]: the pattern prefix read so far can match path[..j].
        var reachable = new bool[path.Length + 1];
        reachable[0] = true;
        var p = 0;
        while (p < pattern.Length)
        {
            var next = new bool[path.Length + 1];
            var c = pattern[p];
            if (c == '*' && p + 1 < pattern.Length && pattern[p + 1] == '*')
            {
                // "**/" also matches no segment at all; "**" matches anything, slashes included.
                var slash = p + 2 < pattern.Length && pattern[p + 2] == '/';
                var any = false;
                for (var j = 0; j <= path.Length; j++)
                {
                    any |= reachable[j];
                    if (slash)
                    {
                        // after "**/" the path must be at a segment start
                        next[j] = any && (j == 0 || path[j - 1] == '/');
                    }
                    else
                    {
                        next[j] = any;
                    }
                }

                p += slash ? 3 : 2;
            }
            else if (c == '*')
            {
                var any = false;
                for (var j = 0; j <= path.Length; j++)
                {
                    any = reachable[j] || (any && j > 0 && path[j - 1] != '/');
                    next[j] = any;
                }

                p++;
            }
            else
            {
                for (var j = 1; j <= path.Length; j++)
                {
                    next[j] = reachable[j - 1] && (c == '?' ? path[j - 1] != '/' : char.ToUpperInvariant(c) == char.ToUpperInvariant(path[j - 1]));
                }

                p++;
            }

            reachable = next;
        }

        return reachable[path.Length];
    }
}
