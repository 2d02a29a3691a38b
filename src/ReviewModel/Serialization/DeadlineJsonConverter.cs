using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;
using ReviewModel.Model;

namespace ReviewModel.Serialization;

/// <summary>Writes a <see cref="Deadline"/> as an ISO date (<c>"2025-06-30"</c>) or <c>"longTerm"</c>.</summary>
internal sealed class DeadlineJsonConverter : JsonConverter<Deadline>
{
    private const string LongTerm = "longTerm";

    public override Deadline Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text == LongTerm)
        {
            return Deadline.LongTerm;
        }

        var parsed = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        if (!parsed.Success)
        {
            throw new JsonException($"完成时限应为 ISO 日期或 \"{LongTerm}\"，实际为 {text ?? reader.TokenType.ToString()} (a deadline is an ISO date or \"{LongTerm}\").");
        }

        return Deadline.On(parsed.Value);
    }

    public override void Write(Utf8JsonWriter writer, Deadline value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.IsLongTerm ? LongTerm : LocalDatePattern.Iso.Format(value.Date!.Value));
}
