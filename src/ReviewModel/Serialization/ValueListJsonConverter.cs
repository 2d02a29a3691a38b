using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReviewModel.Model;

namespace ReviewModel.Serialization;

/// <summary>Reads and writes <see cref="ValueList{T}"/> as a JSON array; rejects null items.</summary>
internal sealed class ValueListJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ValueListJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class ValueListJsonConverter<T> : JsonConverter<ValueList<T>>
    {
        public override bool HandleNull => true;

        public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return ValueList<T>.Empty;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"应为数组 (expected an array of {typeof(T).Name}).");
            }

            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var item = JsonSerializer.Deserialize<T>(ref reader, options);
                if (item is null)
                {
                    throw new JsonException($"数组第 {items.Count} 项为 null (item {items.Count} of the {typeof(T).Name} array is null).");
                }

                items.Add(item);
            }

            return ValueList<T>.From(items);
        }

        public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in value)
            {
                JsonSerializer.Serialize(writer, item, options);
            }

            writer.WriteEndArray();
        }
    }
}
