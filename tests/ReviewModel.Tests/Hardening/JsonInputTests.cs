using System;
using System.Linq;
using System.Text;
using ReviewModel.Model;
using ReviewModel.Serialization;
using ReviewModel.Tests.Serialization;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Hardening;

/// <summary>Issue 10, item 6: document JSON is untrusted input; every problem is an error with its path and line.</summary>
public sealed class JsonInputTests
{
    private static string Json => ReviewJson.Serialize(ReviewJsonTests.RichDocument());

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/> in <paramref name="json"/>, searching from <paramref name="after"/>.</summary>
    private static int LineOf(string json, string text, string? after = null)
    {
        var from = after is null ? 0 : json.IndexOf(after, StringComparison.Ordinal);
        var at = json.IndexOf(text, from, StringComparison.Ordinal);
        Assert.True(at >= 0, text);
        return json.Take(at).Count(c => c == '\n') + 1;
    }

    private static ReviewJsonException Fails(string json) => Assert.Throws<ReviewJsonException>(() => ReviewJson.Deserialize(json));

    [Fact]
    public void A_column_near_int_max_is_refused_and_never_reaches_the_validator()
    {
        var problem = new Problem("P1", "领", "体", null, new SourceLocation("a.txt", 3, int.MaxValue - 1));
        var document = new ReviewDocument(new DocumentHeader("标题", ReviewSubject.Team("某单位", "领导班子")), null,
            ValueList.Of<Section>(new ProblemSection(null, ValueList.Of(new AspectGroup(null, "在某方面。", ValueList.Of(problem))))));
        var text = ReviewJson.Serialize(document);

        var e = Fails(text);

        Assert.Contains("column", e.JsonPath);
        Assert.Equal(LineOf(text, "\"column\""), e.Line);
        // Built in code, the validator copes with it too.
        Assert.NotNull(new ReviewValidator().Validate(document));
    }

    [Theory]
    [InlineData("\"meetingKind\": \"democraticLife\"", "\"meetingKind\": 99", "meetingKind")]
    [InlineData("\"meetingKind\": \"democraticLife\"", "\"meetingKind\": \"99\"", "meetingKind")]
    [InlineData("\"meetingKind\": \"democraticLife\"", "\"meetingKind\": \"nonsense\"", "meetingKind")]
    [InlineData("\"opinionsSolicited\": 12", "\"opinionsSolicited\": -1", "opinionsSolicited")]
    [InlineData("\"opinionsSolicited\": 12", "\"opinionsSolicited\": 1.5", "opinionsSolicited")]
    [InlineData("\"opinionsSolicited\": 12", "\"opinionsSolicited\": 1e300", "opinionsSolicited")]
    [InlineData("\"title\": \"2024年度民主生活会对照检查材料\"", "\"title\": \"2024年度民主生活会对照检查材料\", \"title\": \"x\"", "title")]
    [InlineData("\"title\": \"2024年度民主生活会对照检查材料\"", "\"title\": \"2024年度民主生活会对照检查材料\", \"colour\": \"red\"", "colour")]
    [InlineData("\"title\": \"2024年度民主生活会对照检查材料\"", "\"$id\": \"1\", \"title\": \"2024年度民主生活会对照检查材料\"", "$id")]
    public void Hostile_values_are_errors_with_path_and_line(string original, string replacement, string pathPart)
    {
        var json = Json;
        Assert.Contains(original, json);
        var hostile = ReplaceFirst(json, original, replacement);

        var e = Fails(hostile);

        Assert.Contains(pathPart, e.JsonPath);
        Assert.Equal(LineOf(hostile, replacement.Substring(0, Math.Min(12, replacement.Length))), e.Line);
        Assert.Contains($"line {e.Line}", e.Message);
    }

    [Fact]
    public void Null_for_a_list_is_an_error_not_an_empty_list()
    {
        var json = Json;
        var start = json.IndexOf("\"steps\": [", StringComparison.Ordinal) + "\"steps\": ".Length;
        var depth = 0;
        var end = start;
        do
        {
            depth += json[end] == '[' ? 1 : json[end] == ']' ? -1 : 0;
            end++;
        }
        while (depth > 0);
        var hostile = json.Substring(0, start) + "null" + json.Substring(end);

        var e = Fails(hostile);

        Assert.Equal("$.sections[0].steps", e.JsonPath);
        Assert.Equal(LineOf(hostile, "\"steps\": null"), e.Line);
    }

    [Fact]
    public void A_ref_to_another_object_is_refused()
    {
        var json = ReplaceFirst(Json, "\"subject\": {", "\"subject\": { \"$ref\": \"1\",");
        var e = Fails(json);
        Assert.Contains("$ref", e.Message);
    }

    [Fact]
    public void An_error_deep_in_an_array_has_its_own_line_and_path()
    {
        // The second measure's deadline, far down the file.
        var json = Json;
        var hostile = ReplaceFirst(json, "\"deadline\": \"longTerm\"", "\"deadline\": \"明年\"");

        var e = Fails(hostile);

        Assert.Equal(LineOf(hostile, "\"deadline\": \"明年\""), e.Line);
        Assert.Equal("$.sections[5].measures[1].deadline", e.JsonPath);
    }

    [Fact]
    public void A_constructor_error_carries_the_json_path()
    {
        var json = Json;
        var bodyOfM2 = json.IndexOf("\"body\"", json.IndexOf("\"id\": \"M2\"", StringComparison.Ordinal), StringComparison.Ordinal);
        var end = json.IndexOf('\n', bodyOfM2);
        var hostile = json.Substring(0, bodyOfM2) + "\"body\": null," + json.Substring(end);

        var e = Fails(hostile);

        Assert.Equal("$.sections[5].measures[1]", e.JsonPath);
        Assert.Equal(LineOf(hostile, "\"id\": \"M2\"") - 1, e.Line); // the line of the measure's '{'
        Assert.Contains("body", e.Message);
    }

    [Fact]
    public void Non_utf8_json_is_an_error_not_mojibake()
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"header\": { \"title\": \"").Concat(new byte[] { 0xC3, 0xF1, 0xD6, 0xF7 }).Concat(Encoding.UTF8.GetBytes("\" } }")).ToArray();

        var e = Assert.Throws<ReviewJsonException>(() => ReviewJson.Deserialize(bytes));

        Assert.Equal(1, e.Line);
        Assert.Contains("UTF-8", e.Message, StringComparison.OrdinalIgnoreCase);
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Json)).ToArray();
        Assert.Contains("UTF-16", Assert.Throws<ReviewJsonException>(() => ReviewJson.Deserialize(utf16)).Message);
    }

    [Fact]
    public void Valid_json_still_round_trips_from_bytes_with_or_without_a_bom()
    {
        var document = ReviewJsonTests.RichDocument();
        var bytes = Encoding.UTF8.GetBytes(ReviewJson.Serialize(document));
        Assert.Equal(document, ReviewJson.Deserialize(bytes));
        Assert.Equal(document, ReviewJson.Deserialize(Encoding.UTF8.GetPreamble().Concat(bytes).ToArray()));
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return text.Substring(0, at) + to + text.Substring(at + from.Length);
    }
}
