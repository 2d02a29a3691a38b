using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ReviewModel.Import;
using ReviewModel.Tests.Cli;
using ReviewModel.Tests.Import;
using Xunit;

namespace ReviewModel.Tests.Hardening;

/// <summary>Issue 10, item 5: size-capped reads; devices and FIFOs refused up front.</summary>
public sealed class InputFileTests : CliRunner
{
    /// <summary>Runs <paramref name="action"/> with a deadline, so a regression (a blocking read) fails instead of hanging the run.</summary>
    private static T WithinSeconds<T>(int seconds, Func<T> action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"did not finish within {seconds} s");
        return task.Result;
    }

    [Fact]
    public void Check_dev_zero_is_refused_at_once()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // not a Unix machine
        }

        var run = WithinSeconds(20, () => Run("check", "/dev/zero"));

        Assert.Equal(2, run.Exit);
        Assert.Contains("/dev/zero", run.Error);
        Assert.Contains("设备", run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void A_fifo_without_a_writer_is_refused_without_blocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = PathIn("材料.txt");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", new[] { fifo }) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var e = WithinSeconds(20, () => Assert.Throws<ReviewImportException>(() => ReviewImporter.ImportFile(fifo)));
        Assert.Contains("管道", e.Message);

        var run = WithinSeconds(20, () => Run("import", fifo));
        AssertBadInput(run, fifo);
        var json = WithinSeconds(20, () => Run("render", Path.ChangeExtension(MakeFifo("doc.json"), ".json")));
        Assert.Equal(2, json.Exit);
    }

    private string MakeFifo(string name)
    {
        var path = PathIn(name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", new[] { path }) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        return path;
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_naming_the_limit()
    {
        var file = Write("big.txt", Fixture.Text("Import/team-2024.txt"));
        var limits = ImportLimits.Default.WithMaxFileBytes(1000);

        var e = Assert.Throws<ImportLimitExceededException>(() => ReviewImporter.ImportFile(file, ImportOptions.Default.WithLimits(limits)));

        Assert.Equal(nameof(ImportLimits.MaxFileBytes), e.Limit);
        Assert.StartsWith(file + ": ", e.Message);
    }

    [Fact]
    public void Text_over_the_length_or_line_limits_is_refused_naming_the_limit()
    {
        var text = Fixture.Text("Import/team-2024.txt");

        var length = Assert.Throws<ImportLimitExceededException>(() => ReviewImporter.Import(text, ImportOptions.Default.WithLimits(ImportLimits.Default.WithMaxTextLength(100))));
        var lines = Assert.Throws<ImportLimitExceededException>(() => ReviewImporter.Import(text, ImportOptions.Default.WithLimits(ImportLimits.Default.WithMaxParagraphs(10))));

        Assert.Equal(nameof(ImportLimits.MaxTextLength), length.Limit);
        Assert.Equal(nameof(ImportLimits.MaxParagraphs), lines.Limit);
        Assert.Equal(11, lines.Line);
        Assert.NotNull(ReviewImporter.Import(text).Document);
    }

    [Fact]
    public void A_folder_given_as_a_file_is_one_clear_error()
    {
        var e = Assert.Throws<ReviewImportException>(() => ReviewImporter.ImportFile(Directory));
        Assert.Contains("目录", e.Message);
        AssertBadInput(Run("import", Directory), Directory);
    }

    [Fact]
    public void An_empty_file_is_still_refused_as_empty()
    {
        var empty = Write("empty.txt", string.Empty);
        Assert.Contains("文件为空", Assert.Throws<ReviewImportException>(() => ReviewImporter.ImportFile(empty)).Message);
    }
}
