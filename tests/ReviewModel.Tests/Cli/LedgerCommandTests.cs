using System.IO;
using System.Linq;
using System.Text.Json;
using ReviewModel.Ledger;
using ReviewModel.Ledger.Persistence;
using ReviewModel.Serialization;
using ReviewModel.Tests.Ledger;
using ReviewModel.Tests.Similarity;
using Xunit;

namespace ReviewModel.Tests.Cli;

public sealed class LedgerCommandTests : CliRunner
{
    private string Material()
    {
        var path = PathIn("2025材料.json");
        File.WriteAllText(path, ReviewJson.Serialize(TestDocuments.Team.Build()));
        return path;
    }

    [Fact]
    public void Init_update_status_export_import_and_carry_forward_work_end_to_end()
    {
        var material = Material();
        var init = Run("ledger", "init", material);
        Assert.Equal(0, init.Exit);
        var ledgerPath = PathIn("2025材料-台账.json");
        Assert.Equal(5, LedgerJson.Deserialize(File.ReadAllText(ledgerPath)).Entries.Count);

        var next = PathIn("v2.json");
        var update = Run("ledger", "update", ledgerPath, "--entry", "P1.1/M1", "--status", "已完成", "--date", "2025-03-01", "--by", "市委办公室", "--note", "完成集中学习", "--evidence", "纪要.pdf", "--out", next);
        Assert.Equal(0, update.Exit);
        var updated = LedgerJson.Deserialize(File.ReadAllText(next));
        Assert.Equal(RectificationStatus.Completed, updated.Entries[0].Status);
        Assert.Equal(new[] { "纪要.pdf" }, updated.Entries[0].Evidence);

        var status = Run("ledger", "status", next, "--today", "2025-07-02");
        Assert.Equal(0, status.Exit);
        Assert.Contains("已完成：1", status.Output);
        Assert.Equal(4, status.Output.Split('\n').Count(l => l.Contains("warning RM0020")));
        // Each overdue entry is listed with how long it is overdue, in words (Humanizer, zh-CN).
        Assert.Equal(4, status.Output.Split('\n').Count(l => l.StartsWith("  已逾期 (overdue) ", System.StringComparison.Ordinal)));
        Assert.Contains("：逾期 ", status.Output);
        var sarif = JsonDocument.Parse(Run("ledger", "status", next, "--today", "2025-07-02", "--format", "sarif").Output);
        Assert.Equal(4, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Count(r => r.GetProperty("ruleId").GetString() == "RM0020"));

        var export = Run("ledger", "export", next);
        Assert.Equal(0, export.Exit);
        var xlsx = PathIn("v2.xlsx");
        using (var stream = File.Open(xlsx, FileMode.Open, FileAccess.ReadWrite))
        using (var sheet = new WorkbookEditor(stream))
        {
            sheet.Text("整改清单", "I3", "推进中");
            sheet.Text("整改清单", "K3", "2025年3月5日");
            sheet.Text("整改清单", "L3", "开展调研");
        }

        var merged = PathIn("v3.json");
        var import = Run("ledger", "import", next, xlsx, "--out", merged);
        Assert.Equal(0, import.Exit);
        Assert.Contains("合并了 1 项", import.Output);
        Assert.Equal(RectificationStatus.InProgress, LedgerJson.Deserialize(File.ReadAllText(merged)).Entries[1].Status);

        var carry = Run("ledger", "carry-forward", merged, "--as-of", "2025-12-31");
        Assert.Equal(0, carry.Exit);
        Assert.Contains("上年度民主生活会查摆问题整改落实情况", carry.Output);
        Assert.Contains("截至2025年12月31日，5项整改事项中已完成1项", carry.Output);
        Assert.Empty(System.IO.Directory.GetFiles(Directory, "*.tmp"));
    }

    [Fact]
    public void Inputs_are_never_overwritten_and_bad_input_is_one_line_and_exit_2()
    {
        var material = Material();
        Run("ledger", "init", material, "--out", PathIn("l.json"));
        var before = File.ReadAllText(PathIn("l.json"));
        AssertBadInput(Run("ledger", "update", PathIn("l.json"), "--entry", "P1.1/M1", "--status", "推进中", "--date", "2025-03-01", "--out", PathIn("l.json")), "l.json");
        Assert.Equal(before, File.ReadAllText(PathIn("l.json")));

        AssertBadInput(Run("ledger", "update", PathIn("l.json"), "--entry", "P1.1/M1", "--status", "进行中", "--date", "2025-03-01", "--out", PathIn("x.json")), "进行中");
        AssertBadInput(Run("ledger", "update", PathIn("l.json"), "--entry", "P1.1/M1", "--status", "已销号", "--date", "2025-03-01", "--out", PathIn("x.json")), "entries[0] (P1.1/M1).status");
        AssertBadInput(Run("ledger", "status", PathIn("missing.json")), "missing.json");
        Write("broken.json", "{ \"schemaVersion\": 1, ");
        AssertBadInput(Run("ledger", "status", PathIn("broken.json")), "broken.json");
        Assert.False(File.Exists(PathIn("x.json")));
        AssertBadArguments(Run("ledger", "update", PathIn("l.json"), "--entry", "P1.1/M1", "--date", "2025-03-01"), "--out");
    }

    [Fact]
    public void A_workbook_with_bad_cells_lists_each_cell_and_writes_nothing()
    {
        Run("ledger", "init", Material(), "--out", PathIn("l.json"));
        Run("ledger", "export", PathIn("l.json"));
        using (var stream = File.Open(PathIn("l.xlsx"), FileMode.Open, FileAccess.ReadWrite))
        using (var sheet = new WorkbookEditor(stream))
        {
            sheet.Text("整改清单", "I2", "进行中");
            sheet.Text("整改清单", "K3", "明天");
            sheet.Text("整改清单", "L3", "x");
        }

        var run = Run("ledger", "import", PathIn("l.json"), PathIn("l.xlsx"), "--out", PathIn("m.json"));
        Assert.Equal(2, run.Exit);
        var lines = run.Error.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.Contains("整改清单!I2: 未知状态“进行中”"));
        Assert.Contains(lines, l => l.Contains("整改清单!K3: 无法识别的日期“明天”"));
        Assert.False(File.Exists(PathIn("m.json")));
    }

    [Fact]
    public void Recurring_reports_RM0024_with_the_year_taken_from_the_file_name()
    {
        var (current, previous, truth) = CorpusMaterials.Years();
        var now = PathIn("2024.json");
        File.WriteAllText(now, ReviewJson.Serialize(current));
        var earlier = PathIn("材料2023.json");
        File.WriteAllText(earlier, ReviewJson.Serialize(previous[0].Document));
        var run = Run("recurring", now, "--previous", earlier);
        Assert.Equal(0, run.Exit);
        Assert.Equal(truth.Count(t => t.Item2 == "2023年度"), run.Output.Split('\n').Count(l => l.Contains("warning RM0024")));
        Assert.Contains("与2023年度材料中的问题", run.Output);
        AssertBadInput(Run("recurring", now, "--previous", PathIn("nope.json")), "nope.json");
    }

    [Fact]
    public void Similar_reports_ratios_and_matches_saves_and_reuses_an_index()
    {
        var folder = System.IO.Directory.CreateDirectory(PathIn("team")).FullName;
        File.WriteAllText(Path.Combine(folder, "甲.json"), ReviewJson.Serialize(CorpusMaterials.Material("甲", new[] { Corpus.Original(0), Corpus.Original(1) })));
        File.WriteAllText(Path.Combine(folder, "乙.json"), ReviewJson.Serialize(CorpusMaterials.Material("乙", new[] { Corpus.Original(2), Corpus.LightlyEdited(0) })));
        File.WriteAllText(Path.Combine(folder, "丙.json"), ReviewJson.Serialize(CorpusMaterials.Material("丙", new[] { Corpus.Original(5), Corpus.Original(6) })));

        var json = Run("similar", folder, "--format", "json", "--save-index", PathIn("team.idx"));
        Assert.Equal(0, json.Exit);
        var reports = JsonDocument.Parse(json.Output).RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("source").GetString()!);
        Assert.True(reports["甲.json"].GetProperty("ratio").GetDouble() > 0.2);
        Assert.Equal(0, reports["丙.json"].GetProperty("ratio").GetDouble());
        var match = reports["乙.json"].GetProperty("matches")[0];
        Assert.Equal("甲.json", match.GetProperty("source").GetString());
        Assert.Equal("problems.aspects[0].problems[0]", match.GetProperty("sourcePath").GetString());

        var markdown = Run("similar", folder);
        Assert.Contains("# 查重报告", markdown.Output);
        Assert.Contains("| 乙.json |", markdown.Output);

        var newcomer = System.IO.Directory.CreateDirectory(PathIn("new")).FullName;
        File.WriteAllText(Path.Combine(newcomer, "丁.json"), ReviewJson.Serialize(CorpusMaterials.Material("丁", new[] { Corpus.Reordered(6) })));
        var reuse = Run("similar", newcomer, "--corpus", PathIn("team.idx"), "--format", "sarif");
        Assert.Equal(0, reuse.Exit);
        var result = JsonDocument.Parse(reuse.Output).RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("RM0025", result.GetProperty("ruleId").GetString());
        Assert.Contains("丙.json", result.GetProperty("message").GetProperty("text").GetString());

        Write("bad.idx", "not an index");
        AssertBadInput(Run("similar", newcomer, "--corpus", PathIn("bad.idx")), "bad.idx");
        AssertBadInput(Run("similar", PathIn("nowhere")), "nowhere");
    }
}
