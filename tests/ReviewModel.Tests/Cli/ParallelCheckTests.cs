using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ReviewModel.Cli.Checking;
using ReviewModel.Cli.Commands;
using ReviewModel.Tests.Import;
using Xunit;

namespace ReviewModel.Tests.Cli;

/// <summary><c>check</c> over many files: checked in parallel, reported in input order, bounded in flight.</summary>
public sealed class ParallelCheckTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rm-parallel-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Many_files_give_the_same_output_in_the_same_order_as_each_checked_alone()
    {
        // Two materials with different findings, alternated, and an unreadable file in the middle.
        var sources = new[] { Fixture.PathOf("Import/team-2024.txt"), Fixture.PathOf("Import/owner-deadline.txt") };
        var files = new List<string>();
        for (var i = 0; i < 24; i++)
        {
            var path = Path.Combine(_directory, $"m{i:D2}.txt");
            File.Copy(sources[i % 2], path);
            files.Add(path);
        }

        files.Insert(11, Path.Combine(_directory, "missing.txt"));
        var expected = string.Concat(files.Select(f => Body(Run(f).Output)));
        var (exit, output, error) = Run(files.ToArray());
        Assert.Equal(expected, Body(output));
        Assert.Equal(2, exit); // the worst: one file unreadable
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("missing.txt", error);
        Assert.StartsWith("检查了 25 个文件：", output.TrimEnd().Split('\n')[^1]);
        Assert.Contains("1 个文件无法读取", output);
    }

    [Fact]
    public void Results_arrive_in_index_order_with_at_most_the_window_in_flight()
    {
        var inFlight = 0;
        var maxInFlight = 0;
        var consumed = new List<int>();
        var random = new Random(7);
        var delays = Enumerable.Range(0, 200).Select(_ => random.Next(0, 3)).ToArray();
        OrderedParallel.Run(
            200,
            degree: 4,
            window: 6,
            i =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref maxInFlight, now);
                Thread.Sleep(delays[i]);
                return i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            },
            (i, result) =>
            {
                Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), result);
                consumed.Add(i);
                Interlocked.Decrement(ref inFlight); // started but not consumed counts as in flight
            },
            CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 200), consumed);
        Assert.InRange(maxInFlight, 2, 6); // parallel, and never more than the window
    }

    [Fact]
    public void Results_wait_in_a_ring_of_window_slots_without_overwriting_one_another()
    {
        // 5,000 items through a window of 3: every slot is reused over a thousand times, and now and then an item is
        // slow so that later ones finish first and must wait in their slots, not in place of an unconsumed one.
        var consumed = 0;
        OrderedParallel.Run(
            5_000,
            degree: 2,
            window: 3,
            i =>
            {
                if (i % 97 == 0)
                {
                    Thread.Sleep(3);
                }

                return new int[] { i };
            },
            (i, result) =>
            {
                Assert.Equal(i, result[0]);
                consumed++;
            },
            CancellationToken.None);
        Assert.Equal(5_000, consumed);
    }

    [Fact]
    public void A_failing_item_stops_the_run_with_its_exception()
    {
        var error = Assert.Throws<InvalidDataException>(() => OrderedParallel.Run(
            100, 2, 4, i => i == 37 ? throw new InvalidDataException("item 37") : "ok", (_, _) => { }, CancellationToken.None));
        Assert.Equal("item 37", error.Message);
    }

    [Fact]
    public void Cancellation_stops_the_run()
    {
        using var cancel = new CancellationTokenSource();
        var consumed = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => OrderedParallel.Run(
            10_000, 2, 4, i => { Thread.Sleep(1); return "x"; }, (i, _) => { if (++consumed == 10) { cancel.Cancel(); } }, cancel.Token));
        Assert.InRange(consumed, 10, 20);
    }

    private static (int Exit, string Output, string Error) Run(params string[] files)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CheckCommand.Execute(new CheckRequest(files), output, error, interactive: false);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The finding lines, without the summary.</summary>
    private static string Body(string output)
    {
        var lines = output.TrimEnd().Split('\n');
        return string.Concat(lines.Take(lines.Length - 1).Select(l => l + "\n"));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
