using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReviewModel.Model;

namespace ReviewModel.Serialization;

/// <summary>Reads and writes <see cref="ValueList{T}"/> as a JSON array; rejects a null list and null items.</summary>
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
                throw new JsonException($"列表不能为 null，空列表请写 [] 或省略 (a list cannot be null: write [] or leave it out).");
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"应为数组 (expected an array of {typeof(T).Name}).");
            }

            // The item converter reads from this same reader (JsonSerializer.Deserialize(ref reader) would
            // read a copy of the item, and report positions relative to it).
            var converter = (JsonConverter<T>)options.GetConverter(typeof(T));
            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var item = reader.TokenType == JsonTokenType.Null ? default : converter.Read(ref reader, typeof(T), options);
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
