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

        var markdig = Time(() => Markdig.Markdown.Parse(text), seconds / 3, out _);
        var import = Time(() => TextImport.Import(text), seconds, out var importBytes);
        var bytes = text.Length * 2.0;
        Console.WriteLine($"{text.Length:N0} characters ({bytes:N0} bytes as a string)");
        Console.WriteLine($"Markdig Parse {markdig,8:F1} µs");
        Console.WriteLine($"Import        {import,8:F1} µs  {import / markdig,5:F1} × Markdig  {importBytes / 1024.0,7:F1} KB  {importBytes / bytes,5:F2} × input");

        var stages = ImportPipeline.Stages;
        var times = new double[stages.Count];
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
                times[s] += (Stopwatch.GetTimestamp() - start) * 1e6 / Stopwatch.Frequency;
                allocated[s] += GC.GetAllocatedBytesForCurrentThread() - before;
            }

            state.Result();
            runs++;
        }

        for (var s = 0; s < stages.Count; s++)
        {
            Console.WriteLine($"  {stages[s].Name,-12} {times[s] / runs,8:F1} µs  {allocated[s] / 1024.0 / runs,7:F1} KB");
        }

        return 0;
    }

    private static double Time(Func<object> action, double seconds, out double bytesPerRun)
    {
        var runs = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            GC.KeepAlive(action());
            runs++;
        }

        bytesPerRun = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)runs;
        return watch.Elapsed.TotalMilliseconds * 1000 / runs;
    }
}
