using System;
using System.Diagnostics;
using System.IO;
using ReviewModel.Import;

namespace ReviewModel.Benchmarks;

/// <summary>
/// A diagnostic, not a target check: where the time and allocation of one import go, stage by stage
/// (<see cref="ImportPipeline.Stages"/>), with Markdig's parse of the same text timed in the same run as the
/// yardstick. Run with <c>--stages [FILE] [SECONDS]</c>; the default file is the sample. The targets themselves are
/// checked by <see cref="ImportBenchmarks"/>. An empty FILE means the sample (to give SECONDS alone: <c>--stages "" 10</c>).
/// Each figure is given as a mean and as the minimum over the runs: on a shared machine the minimum is the one that
/// holds still while another process takes the cores (means moved by ±15 % there, minima by about 1 %), so compare
/// minima between two builds and means with BenchmarkDotNet.
/// </summary>
internal static class ImportStageProfile
{
    public static int Run(string[] args)
    {
        var file = args.Length > 1 && args[1].Length > 0 ? args[1] : null;
        var text = file is null ? ImportBenchmarks.LoadSample() : File.ReadAllText(file);
        var seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var options = ImportOptions.Default;

        // Warm-up, so that the figures are after tiered compilation.
        for (var i = 0; i < 3000; i++)
        {
            Markdig.Markdown.Parse(text);
            TextImport.Import(text);
        }

        var markdig = Time(() => Markdig.Markdown.Parse(text), seconds / 3, out _, out var markdigMinimum);
        var import = Time(() => TextImport.Import(text), seconds, out var importBytes, out var importMinimum);
        var bytes = text.Length * 2.0;
        Console.WriteLine($"{text.Length:N0} characters ({bytes:N0} bytes as a string); mean, then minimum");
        Console.WriteLine($"Markdig Parse {markdig,8:F1} µs {markdigMinimum,8:F1} µs");
        Console.WriteLine($"Import        {import,8:F1} µs {importMinimum,8:F1} µs  {import / markdig,5:F1} × Markdig (minima {importMinimum / markdigMinimum:F1} ×)  {importBytes / 1024.0,7:F1} KB  {importBytes / bytes,5:F2} × input");

        var stages = ImportPipeline.Stages;
        var times = new double[stages.Count];
        var minima = new double[stages.Count];
        Array.Fill(minima, double.MaxValue);
        var allocated = new long[stages.Count];
        var runs = 0;
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds)
        {
            var context = new ImportContext(new LineMap(text, null), options, default);
            var state = new ImportState(_ => PlainTextReader.Read(text, options, default), context, markdown: false, pageNumbers: true);
            for (var s = 0; s < stages.Count; s++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                stages[s].Run(state);
                var elapsed = (Stopwatch.GetTimestamp() - start) * 1e6 / Stopwatch.Frequency;
                times[s] += elapsed;
                minima[s] = Math.Min(minima[s], elapsed);
                allocated[s] += GC.GetAllocatedBytesForCurrentThread() - before;
            }

            state.Result();
            runs++;
        }

        for (var s = 0; s < stages.Count; s++)
        {
            Console.WriteLine($"  {stages[s].Name,-12} {times[s] / runs,8:F1} µs {minima[s],8:F1} µs  {allocated[s] / 1024.0 / runs,7:F1} KB");
        }

        return 0;
    }

    /// <summary>Runs <paramref name="action"/> for <paramref name="seconds"/>: the mean time of a run in µs, with the bytes a run allocates and the fastest run.</summary>
    private static double Time(Func<object> action, double seconds, out double bytesPerRun, out double minimum)
    {
        var runs = 0;
        minimum = double.MaxValue;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            var start = Stopwatch.GetTimestamp();
            GC.KeepAlive(action());
            minimum = Math.Min(minimum, (Stopwatch.GetTimestamp() - start) * 1e6 / Stopwatch.Frequency);
            runs++;
        }

        bytesPerRun = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)runs;
        return watch.Elapsed.TotalMilliseconds * 1000 / runs;
    }
}
