using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
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
    /// <exception cref="ReviewJsonException">The JSON is malformed or does not describe a valid document.</exception>
    public static ReviewDocument Deserialize(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        return Wrap(() => JsonSerializer.Deserialize<ReviewDocument>(json, Options));
    }

    /// <summary>Reads a document from UTF-8 JSON in a stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ReviewJsonException">The JSON is malformed or does not describe a valid document.</exception>
    public static async Task<ReviewDocument> DeserializeAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<ReviewDocument>(stream, Options, cancellationToken).ConfigureAwait(false)
                ?? throw new ReviewJsonException("JSON 为 null，不是文档 (the JSON is null, not a document).", "$", null, null);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or NotSupportedException)
        {
            throw Describe(e);
        }
    }

    private static ReviewDocument Wrap(Func<ReviewDocument?> read)
    {
        try
        {
            return read() ?? throw new ReviewJsonException("JSON 为 null，不是文档 (the JSON is null, not a document).", "$", null, null);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or NotSupportedException)
        {
            throw Describe(e);
        }
    }

    private static ReviewJsonException Describe(Exception e)
    {
        if (e is JsonException json)
        {
            var line = json.LineNumber is long l ? l + 1 : (long?)null;
            var where = json.Path is null ? string.Empty : $" 位置 (at) {json.Path}" + (line is null ? string.Empty : $", 第 {line} 行 (line {line})");
            return new ReviewJsonException($"无效的文档 JSON (invalid document JSON){where}: {json.Message}", json.Path, line, e);
        }

        return new ReviewJsonException($"无效的文档 JSON (invalid document JSON): {e.Message}", null, null, e);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlyConstructorData, SectionPolymorphism } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
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
