using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace ReviewModel.Serialization;

/// <summary>
/// A first pass over document JSON (untrusted input) before System.Text.Json binds it to the model:
/// the bytes must be UTF-8 (no other encoding is guessed), every object's keys distinct, no
/// reference metadata (<c>$id</c>, <c>$ref</c>, <c>$values</c>: only <c>$type</c> on sections), and every
/// number an integer from 0 to <see cref="MaxNumber"/> (lines, columns and counts). Each error names
/// the JSON path and line. It also records where every value starts (path → line) and the objects in
/// the order they end, so that errors found while binding (including a model constructor's) can be
/// given their true path and line. One forward-only pass; depth bounded by the reader's MaxDepth.
/// </summary>
internal sealed class JsonInputCheck
{
    /// <summary>The largest number accepted: no real line, column or count comes near it, and adding an offset cannot overflow.</summary>
    public const long MaxNumber = 1 << 30;

    public const int MaxDepth = 64;

    private readonly byte[] _json;
    private readonly Dictionary<string, long> _lines = new(StringComparer.Ordinal);
    private readonly List<(string Path, long Line)> _objectEnds = new();
    private readonly List<(int Offset, string Path)> _values = new();
    private readonly List<int> _lineStarts = new() { 0 };
    private int _lineOffset;
    private long _line = 1;

    private JsonInputCheck(byte[] json) => _json = json;

    /// <summary>The objects in the order their end was read: the order the model's constructors run in.</summary>
    public IReadOnlyList<(string Path, long Line)> ObjectEnds => _objectEnds;

    /// <summary>Checks the JSON.</summary>
    /// <exception cref="ReviewJsonException">Not UTF-8, malformed, a duplicate key, reference metadata, or a number out of range.</exception>
    public static JsonInputCheck Run(byte[] json)
    {
        var check = new JsonInputCheck(json);
        check.Walk();
        return check;
    }

    /// <summary>The line where the value at <paramref name="path"/> (or its nearest enclosing value) starts, or null.</summary>
    public long? LineOf(string? path)
    {
        while (!string.IsNullOrEmpty(path))
        {
            if (_lines.TryGetValue(path!, out var line))
            {
                return line;
            }

            var cut = Math.Max(path!.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                break;
            }

            path = path.Substring(0, cut);
        }

        return null;
    }

    /// <summary>
    /// The path of the innermost value that starts at or before the 1-based <paramref name="line"/> and
    /// 0-based byte <paramref name="bytePosition"/> in it: where the binder was when it failed.
    /// </summary>
    public string? PathAt(long line, long bytePosition)
    {
        if (line < 1 || line > _lineStarts.Count)
        {
            return null;
        }

        var offset = _lineStarts[(int)line - 1] + bytePosition;
        int low = 0, high = _values.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_values[middle].Offset <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found < 0 ? null : _values[found].Path;
    }

    private void Walk()
    {
        var reader = new Utf8JsonReader(_json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = MaxDepth });
        var frames = new Stack<Frame>();
        var path = "$";
        try
        {
            while (reader.Read())
            {
                var line = LineAt((int)reader.TokenStartIndex);
                var frame = frames.Count > 0 ? frames.Peek() : null;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        if (!frame!.Keys.Add(name))
                        {
                            throw Error($"键“{name}”重复 (duplicate key '{name}')", Child(frame.Path, name), line);
                        }

                        if (name.Length > 0 && name[0] == '$' && name != "$type")
                        {
                            throw Error($"不支持元数据属性“{name}”（$id/$ref 引用等）(metadata property '{name}' is not supported: no $id/$ref references)", Child(frame.Path, name), line);
                        }

                        frame.Property = name;
                        continue;
                    case JsonTokenType.EndObject:
                        frames.Pop();
                        _objectEnds.Add((frame!.Path, frame.Line));
                        _values.Add(((int)reader.TokenStartIndex, frame.Path));
                        continue;
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        _values.Add(((int)reader.TokenStartIndex, frame!.Path));
                        continue;
                }

                // A value: where does it sit?
                if (frame is not null)
                {
                    path = frame.IsArray ? $"{frame.Path}[{frame.Index++}]" : Child(frame.Path, frame.Property!);
                }

                if (!_lines.ContainsKey(path))
                {
                    _lines[path] = line;
                }

                _values.Add(((int)reader.TokenStartIndex, path));

                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        frames.Push(new Frame(path, line, isArray: false));
                        break;
                    case JsonTokenType.StartArray:
                        frames.Push(new Frame(path, line, isArray: true));
                        break;
                    case JsonTokenType.Number:
                        if (!reader.TryGetInt64(out var number) || number < 0 || number > MaxNumber)
                        {
                            throw Error($"数值 {Encoding.UTF8.GetString(reader.ValueSpan.ToArray())} 超出范围，应为 0 到 {MaxNumber} 的整数 (the number is out of range: an integer from 0 to {MaxNumber} is expected)", path, line);
                        }

                        break;
                    case JsonTokenType.String:
                        reader.GetString(); // validates UTF-8 and escapes (lone surrogates in \u escapes are reported by the reader)
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is long l ? l + 1 : (long?)null;
            var where = frames.Count > 0 ? frames.Peek().Path : "$";
            throw new ReviewJsonException($"无效的文档 JSON (invalid document JSON) 位置 (at) {where}" + (line is null ? string.Empty : $", 第 {line} 行 (line {line})") + $": {e.Message}", where, line, e);
        }
        catch (InvalidOperationException e)
        {
            // GetString on a string that is not valid UTF-8 or holds an invalid escape.
            var line = LineAt((int)reader.TokenStartIndex);
            throw Error($"字符串不是有效的 UTF-8 或转义无效 (the string is not valid UTF-8 or holds an invalid escape): {e.Message}", frames.Count > 0 ? frames.Peek().Path : "$", line);
        }
    }

    private static ReviewJsonException Error(string what, string path, long line) =>
        new($"无效的文档 JSON (invalid document JSON) 位置 (at) {path}, 第 {line} 行 (line {line}): {what}.", path, line, null);

    /// <summary>The JSON path of a property, in System.Text.Json's form (<c>$.a.b</c>, or <c>$['a b']</c> for names with special characters).</summary>
    internal static string Child(string parent, string name)
    {
        foreach (var c in name)
        {
            if (c is '.' or ' ' or '\'' or '/' or '"' or '[' or ']' or '(' or ')' or '\t' or '\n' or '\r' or '\f' or '\b' or '\\' or '\u0085' or '\u2028' or '\u2029')
            {
                return $"{parent}['{name.Replace("'", "\\'")}']";
            }
        }

        return parent + "." + name;
    }

    private long LineAt(int offset)
    {
        // Offsets only grow while reading, so lines are counted once: linear in the input.
        for (var i = _lineOffset; i < offset && i < _json.Length; i++)
        {
            if (_json[i] == (byte)'\n')
            {
                _line++;
                _lineStarts.Add(i + 1);
            }
        }

        _lineOffset = Math.Max(_lineOffset, offset);
        return _line;
    }

    private sealed class Frame
    {
        public Frame(string path, long line, bool isArray)
        {
            Path = path;
            Line = line;
            IsArray = isArray;
        }

        public string Path { get; }

        public long Line { get; }

        public bool IsArray { get; }

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public string? Property { get; set; }

        public int Index { get; set; }
    }
}
