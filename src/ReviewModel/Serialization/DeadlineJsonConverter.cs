using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using ReviewModel.Model;

namespace ReviewModel.Serialization;

/// <summary>
/// Writes a <see cref="Deadline"/> as an ISO date (<c>"2025-06-30"</c>) or <c>"longTerm"</c> when that says all
/// of it; otherwise (a month or year end, a recurring commitment, one read from running text) as an object
/// <c>{"kind":"monthEnd","date":"2025-09-30","text":"9月底前","inferred":true}</c>. Reads both forms.
/// </summary>
internal sealed class DeadlineJsonConverter : JsonConverter<Deadline>
{
    private const string LongTerm = "longTerm";

    public override Deadline Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return ReadObject(ref reader);
        }

        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text == LongTerm)
        {
            return Deadline.LongTerm;
        }

        return Deadline.On(ParseDate(text ?? reader.TokenType.ToString()));
    }

    public override void Write(Utf8JsonWriter writer, Deadline value, JsonSerializerOptions options)
    {
        if (!value.IsInferred && value.Text is null && value.Kind is DeadlineKind.Date or DeadlineKind.LongTerm && (value.Kind == DeadlineKind.LongTerm || value.Date is not null))
        {
            writer.WriteStringValue(value.IsLongTerm ? LongTerm : LocalDatePattern.Iso.Format(value.Date!.Value));
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("kind", KindName(value.Kind));
        if (value.Date is { } date)
        {
            writer.WriteString("date", LocalDatePattern.Iso.Format(date));
        }

        if (value.Recurrence is not null)
        {
            writer.WriteString("recurrence", value.Recurrence);
        }

        if (value.Text is not null)
        {
            writer.WriteString("text", value.Text);
        }

        if (value.IsInferred)
        {
            writer.WriteBoolean("inferred", true);
        }

        writer.WriteEndObject();
    }

    private static Deadline ReadObject(ref Utf8JsonReader reader)
    {
        DeadlineKind? kind = null;
        LocalDate? date = null;
        string? recurrence = null;
        string? text = null;
        var inferred = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException("完成时限对象格式错误 (a deadline object holds properties only).");
            }

            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "kind":
                    kind = ParseKind(reader.GetString());
                    break;
                case "date":
                    date = reader.TokenType == JsonTokenType.Null ? null : ParseDate(reader.GetString());
                    break;
                case "recurrence":
                    recurrence = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                    break;
                case "text":
                    text = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                    break;
                case "inferred":
                    inferred = reader.TokenType == JsonTokenType.True;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (kind is null)
        {
            throw new JsonException("完成时限对象缺少 kind (a deadline object needs its kind).");
        }

        try
        {
            var deadline = Deadline.Create(kind.Value, date, recurrence, text, inferred);
            ReviewJson.CountConstructed(); // a JSON object the converter built: counted like the others, so later errors are placed right
            return deadline;
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"完成时限无效：{e.Message} (invalid deadline).", e);
        }
    }

    private static LocalDate ParseDate(string? text)
    {
        var parsed = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        if (!parsed.Success)
        {
            throw new JsonException($"完成时限应为 ISO 日期、\"{LongTerm}\" 或对象，实际为 {text} (a deadline is an ISO date, \"{LongTerm}\" or an object).");
        }

        return parsed.Value;
    }

    private static string KindName(DeadlineKind kind) => kind switch
    {
        DeadlineKind.MonthEnd => "monthEnd",
        DeadlineKind.YearEnd => "yearEnd",
        DeadlineKind.Recurring => "recurring",
        DeadlineKind.LongTerm => LongTerm,
        _ => "date",
    };

    private static DeadlineKind ParseKind(string? name) => name switch
    {
        "date" => DeadlineKind.Date,
        "monthEnd" => DeadlineKind.MonthEnd,
        "yearEnd" => DeadlineKind.YearEnd,
        "recurring" => DeadlineKind.Recurring,
        LongTerm => DeadlineKind.LongTerm,
        _ => throw new JsonException($"未知的完成时限类型 \"{name}\" (unknown deadline kind)."),
    };
}
