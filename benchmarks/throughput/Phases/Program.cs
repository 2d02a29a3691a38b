using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using ReviewModel.Cli.Checking;
using ReviewModel.Import;
using ReviewModel.Validation;

namespace ReviewModel.Phases;

/// <summary>
/// Where the CPU of <c>reviewmodel check</c> goes, per file: the phases the command runs for each material, one at
/// a time on one thread over the same corpus, each timed as process CPU (user + system, all threads, so the garbage
/// collection a phase causes counts for it), after a warm-up round so that JIT compilation is left out.
/// Phases: walk (listing the folders, once), read (the bytes), decode (strict UTF-8, as the importer decodes UTF-8
/// input), import (text or Markdown to the document), validate (every rule), report (the compiler-format lines).
/// The CLI's own cost is what <c>reviewmodel check</c> takes beyond these (start-up, JIT, threads, ordering, the
/// write to standard output); ../phases.sh prints it.
/// Usage: <c>ReviewModel.Phases CORPUS_DIR [--chunk N]</c> (N files held at once, default 500).
/// </summary>
public static class Program
{
    private static readonly string[] Names = { "walk", "read", "decode", "import", "validate", "report" };

    public static int Main(string[] args)
    {
        if (args.Length == 0 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: ReviewModel.Phases CORPUS_DIR [--chunk N]");
            return 2;
        }

        var chunk = args.Length > 2 && args[1] == "--chunk" ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 500;
        var validator = new ReviewValidator(ValidationOptions.Default);
        var cpu = new double[Names.Length];
        var allocated = new long[Names.Length];

        var files = Measure(0, cpu, allocated, () => CheckInputs.Expand(new[] { args[0] }, null).Select(i => i.Path).ToList());

        // Warm-up: every phase over the first files, untimed, so that the figures are steady-state.
        Run(files.Take(Math.Min(files.Count, 200)).ToList(), validator, new double[Names.Length], new long[Names.Length]);
        for (var start = 0; start < files.Count; start += chunk)
        {
            Run(files.Skip(start).Take(chunk).ToList(), validator, cpu, allocated);
        }

        var total = cpu.Sum();
        Console.WriteLine($"phases over {files.Count:N0} files, one thread, after warm-up (CPU = user + system of the process):");
        Console.WriteLine($"  {"phase",-9} {"CPU ms",9} {"µs/file",9} {"share",6} {"KB alloc/file",14}");
        for (var p = 0; p < Names.Length; p++)
        {
            Console.WriteLine($"  {Names[p],-9} {cpu[p],9:F0} {cpu[p] * 1000 / files.Count,9:F0} {cpu[p] / total,6:P0} {allocated[p] / 1024.0 / files.Count,14:F1}");
        }

        Console.WriteLine($"  {"total",-9} {total,9:F0} {total * 1000 / files.Count,9:F0}");
        return 0;
    }

    private static void Run(List<string> files, ReviewValidator validator, double[] cpu, long[] allocated)
    {
        var bytes = Measure(1, cpu, allocated, () => files.Select(File.ReadAllBytes).ToList());
        var strict = new UTF8Encoding(false, true);
        var texts = Measure(2, cpu, allocated, () => bytes.Select(b => strict.GetString(b)).ToList());
        var imported = Measure(3, cpu, allocated, () => texts.Select((t, i) => ReviewImporter.Import(t, ImportOptions.Default.WithFile(files[i]).WithFormat(
            files[i].EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? ImportFormat.Markdown : ImportFormat.PlainText))).ToList());
        var results = Measure(4, cpu, allocated, () => imported.Select(r => validator.Validate(r.Document)).ToList());
        var written = Measure(5, cpu, allocated, () =>
        {
            var output = new StringWriter();
            for (var i = 0; i < files.Count; i++)
            {
                TextReportWriter.WriteFile(output, new FileReport(files[i], results[i].Findings, imported[i].Diagnostics, null));
            }

            return output.ToString().Length;
        });
        GC.KeepAlive(written);
    }

    private static T Measure<T>(int phase, double[] cpu, long[] allocated, Func<T> work)
    {
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var result = work();
        allocated[phase] += GC.GetTotalAllocatedBytes(precise: true) - bytes;
        process.Refresh();
        cpu[phase] += (process.TotalProcessorTime - before).TotalMilliseconds;
        return result;
    }
}
