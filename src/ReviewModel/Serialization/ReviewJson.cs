using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using ReviewModel.Model;

namespace ReviewModel.Serialization;

/// <summary>
/// Reads and writes documents as JSON with System.Text.Json (dates through NodaTime's serializer, as
/// ISO <c>2022-01-05</c>). Sections carry a <c>$type</c> discriminator; only constructor data is
/// written, so document → JSON → document gives an equal document.
/// </summary>
public static class ReviewJson
{
    private static readonly Dictionary<Type, string> SectionTypes = new()
    {
        [typeof(PreparationSection)] = "preparation",
        [typeof(RectificationSection)] = "lastYearRectification",
        [typeof(ProblemSection)] = "problems",
        [typeof(CauseSection)] = "causes",
        [typeof(MeasureSection)] = "measures",
        [typeof(CustomSection)] = "custom",
    };

    /// <summary>The serializer options used: camelCase, indented, enums as strings, NodaTime, no escaping of Chinese.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>Writes a document as JSON text.</summary>
    /// <param name="document">The document.</param>
    public static string Serialize(ReviewDocument document) =>
        JsonSerializer.Serialize(document ?? throw new ArgumentNullException(nameof(document)), Options);

    /// <summary>Writes a document as UTF-8 JSON to a stream.</summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task SerializeAsync(ReviewDocument document, Stream stream, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(
            stream ?? throw new ArgumentNullException(nameof(stream)),
            document ?? throw new ArgumentNullException(nameof(document)),
            Options,
            cancellationToken);

    /// <summary>Reads a document from JSON text.</summary>
    /// <param name="json">The JSON.</param>
    /// <exception cref="ReviewJsonException">The JSON is malformed or does not describe a valid document (see <see cref="Deserialize(byte[])"/>).</exception>
    public static ReviewDocument Deserialize(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException e)
        {
            throw new ReviewJsonException($"无效的文档 JSON (invalid document JSON): 文本含有孤立的代理项字符 (the text holds a lone surrogate): {e.Message}", null, null, e);
        }

        return Deserialize(bytes);
    }

    /// <summary>
    /// Reads a document from UTF-8 JSON bytes (a UTF-8 byte-order mark is allowed). The input is treated
    /// as untrusted: it must be UTF-8; keys in an object distinct; no <c>$id</c>/<c>$ref</c> metadata;
    /// no property the document does not have; enums by name only; numbers integers from 0 to
    /// 2<sup>30</sup>; no <c>null</c> for a list; and the document valid for the model's constructors.
    /// Each error is a <see cref="ReviewJsonException"/> with the JSON path and line.
    /// </summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <exception cref="ReviewJsonException">The JSON is not UTF-8, malformed, or does not describe a valid document.</exception>
    public static ReviewDocument Deserialize(byte[] utf8Json)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        var json = utf8Json;
        if (json.Length >= 3 && json[0] == 0xEF && json[1] == 0xBB && json[2] == 0xBF)
        {
            json = new byte[utf8Json.Length - 3];
            Array.Copy(utf8Json, 3, json, 0, json.Length);
        }

        if (json.Length >= 2 && ((json[0] == 0xFF && json[1] == 0xFE) || (json[0] == 0xFE && json[1] == 0xFF)))
        {
            throw new ReviewJsonException("无效的文档 JSON (invalid document JSON): 文件是 UTF-16 编码，文档 JSON 须为 UTF-8 (the file is UTF-16; document JSON must be UTF-8).", "$", 1, null);
        }

        var check = JsonInputCheck.Run(json);
        var completed = ConstructedObjects.Start();
        try
        {
            return JsonSerializer.Deserialize<ReviewDocument>(json, Options)
                ?? throw new ReviewJsonException("JSON 为 null，不是文档 (the JSON is null, not a document).", "$", 1, null);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is long l ? l + 1 : (long?)null;
            var path = e.Path;
            if (line is long at && e.BytePositionInLine is long column && check.PathAt(at, column) is { } deeper
                && (path is null || deeper.StartsWith(path, StringComparison.Ordinal)))
            {
                path = deeper;
            }

            line = check.LineOf(path) ?? line;

            var reason = e.InnerException is ArgumentException argument ? argument.Message : e.Message;
            throw new ReviewJsonException($"无效的文档 JSON (invalid document JSON){Where(path, line)}: {reason}", path, line, e);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException or NotSupportedException)
        {
            // A model constructor refused the values (a null body, an empty ID, a line below 1 …): it is
            // the constructor of the next object to end, in the order the first pass recorded.
            var index = ConstructedObjects.Count - completed;
            var (path, line) = index >= 0 && index < check.ObjectEnds.Count ? check.ObjectEnds[index] : ("$", 1L);
            throw new ReviewJsonException($"无效的文档 JSON (invalid document JSON){Where(path, line)}: {e.Message}", path, line, e);
        }
    }

    /// <summary>Reads a document from UTF-8 JSON in a stream (at most 256 MiB), as <see cref="Deserialize(byte[])"/> does.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ReviewJsonException">The JSON is too large, not UTF-8, malformed, or does not describe a valid document.</exception>
    public static async Task<ReviewDocument> DeserializeAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var max = ReviewModel.Import.ImportLimits.Default.MaxFileBytes;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw new ReviewJsonException($"文档 JSON 超过 {max} 字节 (the document JSON is larger than {max} bytes).", null, null, null);
            }

            buffer.Write(chunk, 0, read);
        }

        return Deserialize(buffer.ToArray());
    }

    private static string Where(string? path, long? line) =>
        path is null ? string.Empty : $" 位置 (at) {path}" + (line is null ? string.Empty : $", 第 {line} 行 (line {line})");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlyConstructorData, SectionPolymorphism, CountConstructed } },
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            MaxDepth = JsonInputCheck.MaxDepth,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new ValueListJsonConverterFactory());
        options.Converters.Add(new DeadlineJsonConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.MakeReadOnly();
        return options;
    }

    // Computed properties (Kind, IsEmpty, AllProblems, Text…) are not data: write only what a constructor takes.
    private static void OnlyConstructorData(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Assembly != typeof(ReviewDocument).Assembly || info.Type.IsAbstract)
        {
            return;
        }

        var constructor = info.Type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();
        if (constructor is null)
        {
            return;
        }

        var parameters = new HashSet<string>(constructor.GetParameters().Select(p => p.Name!), StringComparer.OrdinalIgnoreCase);
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (!parameters.Contains(info.Properties[i].Name))
            {
                info.Properties.RemoveAt(i);
            }
        }
    }

    // Counts the model objects built, so a constructor's error can be placed (see Deserialize).
    private static void CountConstructed(JsonTypeInfo info)
    {
        if (info.Kind == JsonTypeInfoKind.Object && info.Type.Assembly == typeof(ReviewDocument).Assembly && !info.Type.IsAbstract)
        {
            info.OnDeserialized = _ => ConstructedObjects.Count++;
        }
    }

    /// <summary>Counts a model object built from a JSON object by a converter (a deadline in its object form).</summary>
    internal static void CountConstructed() => ConstructedObjects.Count++;

    /// <summary>How many model objects the current thread has built while deserializing.</summary>
    private static class ConstructedObjects
    {
        [ThreadStatic]
        private static int _count;

        public static int Count
        {
            get => _count;
            set => _count = value;
        }

        public static int Start() => _count;
    }

    private static void SectionPolymorphism(JsonTypeInfo info)
    {
        if (info.Type != typeof(Section))
        {
            return;
        }

        info.PolymorphismOptions = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = "$type",
            UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
        };
        foreach (var pair in SectionTypes)
        {
            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(pair.Key, pair.Value));
        }
    }
}
