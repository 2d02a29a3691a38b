using System.Linq;
using ReviewModel.Ledger;
using ReviewModel.Ledger.Persistence;
using ReviewModel.Model;
using ReviewModel.Samples;
using Xunit;
using static ReviewModel.Tests.Ledger.LedgerTestData;

namespace ReviewModel.Tests.Ledger;

public class LedgerJsonTests
{
    private static RectificationLedger Busy() => Team().Update(u => u
        .Entry("P1.1/M1", e => e.Start(Day1, "市委办公室", "制定学习计划").Complete(Day2, "市委办公室", "完成", "市委办〔2025〕3号", "学习记录.pdf").Close(Day3, "市委书记"))
        .Entry("P2.1/M2", e => e.KeepLongTerm(Day1, "", "谈心谈话制度长期坚持").Remark("每季度报送").Extra("联系人", "王五"))
        .Entry("P3.1/M3", e => e.Deadline(Deadline.LongTerm, Day2, "市委书记", "改为长期任务")));

    [Fact]
    public void Ledger_to_JSON_to_ledger_is_equal()
    {
        var ledger = Busy();
        var json = LedgerJson.Serialize(ledger);
        var read = LedgerJson.Read(json);
        Assert.Empty(read.UnknownFields);
        Assert.Equal(ledger, read.Ledger);
        Assert.Equal(json, LedgerJson.Serialize(read.Ledger));

        var sample = RectificationLedger.Create(PartyHistory2021Sample.Build());
        Assert.Equal(sample, LedgerJson.Deserialize(LedgerJson.Serialize(sample)));
    }

    [Fact]
    public void The_JSON_is_readable_and_versioned()
    {
        var json = LedgerJson.Serialize(Busy());
        Assert.StartsWith("{\n  \"schemaVersion\": 1,", json.Replace("\r\n", "\n"));
        Assert.Contains("\"status\": \"已销号\"", json);
        Assert.Contains("\"date\": \"2025-02-10\"", json);
        Assert.Contains("\"deadline\": \"longTerm\"", json);
        Assert.Contains("\"originalDeadline\": \"2025-06-30\"", json);
        Assert.Contains("市委办〔2025〕3号", json); // not escaped
    }

    [Fact]
    public void Unknown_fields_are_reported_with_their_paths()
    {
        var json = LedgerJson.Serialize(Busy())
            .Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"generator\": \"x\",")
            .Replace("\"key\": \"P2.1/M2\",", "\"key\": \"P2.1/M2\", \"priority\": 3,");
        var read = LedgerJson.Read(json);
        Assert.Equal(new[] { "$.generator", "$.entries[2].priority" }, read.UnknownFields);
        Assert.Equal(Busy(), read.Ledger);
    }

    [Theory]
    [InlineData("\"schemaVersion\": 1,", "", "$.schemaVersion: 缺少 schemaVersion")]
    [InlineData("\"schemaVersion\": 1,", "\"schemaVersion\": 2,", "$.schemaVersion: 台账版本 2 不受支持")]
    [InlineData("\"status\": \"长期坚持\"", "\"status\": \"进行中\"", "$.entries[2].status: 未知状态“进行中”")]
    [InlineData("\"date\": \"2025-02-10\"", "\"date\": \"2025-02-30\"", "$.entries[0].log[0].date")]
    [InlineData("\"key\": \"P2.1/M2\"", "\"key\": \"P1.1/M1\"", "$.entries: entries[2]: 事项编号“P1.1/M1”重复")]
    public void Bad_JSON_says_what_and_where(string find, string replace, string expected)
    {
        var json = LedgerJson.Serialize(Busy());
        var index = json.IndexOf(find, System.StringComparison.Ordinal);
        Assert.True(index >= 0, find);
        var bad = json.Substring(0, index) + replace + json.Substring(index + find.Length);
        var error = Assert.Throws<LedgerJsonException>(() => LedgerJson.Read(bad));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Not_JSON_at_all_is_a_ledger_error_not_a_crash()
    {
        Assert.Contains("invalid ledger JSON", Assert.Throws<LedgerJsonException>(() => LedgerJson.Read("{ \"schemaVersion\": ")).Message);
        Assert.Contains("null", Assert.Throws<LedgerJsonException>(() => LedgerJson.Read("null")).Message);
        Assert.Contains("$.document", Assert.Throws<LedgerJsonException>(() => LedgerJson.Read("{\"schemaVersion\":1,\"entries\":[]}")).Message);
    }
}
