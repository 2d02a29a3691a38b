using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Rendering;
using ReviewModel.Rendering.Docx;
using ReviewModel.Serialization;
using ReviewModel.Validation;

namespace ReviewModel.Fuzz;

/// <summary>
/// In-process fuzzing of the four input front ends (plain text, Markdown, DOCX, document JSON): each
/// input is mutated from a seed, imported (or deserialized), validated, and now and then rendered back.
/// Only the documented exceptions may come out — <see cref="ReviewImportException"/> (with
/// <see cref="ImportLimitExceededException"/>) and <see cref="ReviewJsonException"/>; any other is an
/// "undocumented exception", counted by type and first frame, and its input saved under --out.
/// Usage: <c>ReviewModel.Fuzz [--inputs N] [--seconds S] [--seed N] [--threads N] [--mix txt,md,json,docx] [--out DIR]</c>.
/// Exit code 0 when no undocumented exception came out, 1 otherwise.
/// </summary>
public static class Program
{
    private static readonly string[] Kinds = { "txt", "md", "json", "docx" };

    public static int Main(string[] args)
    {
        long inputs = Option(args, "--inputs", 1_000_000);
        var seconds = Option(args, "--seconds", 0);
        var seed = (int)Option(args, "--seed", 1);
        var threads = (int)Option(args, "--threads", Environment.ProcessorCount);
        var mix = (Value(args, "--mix") ?? "45,35,12,8").Split(',').Select(int.Parse).ToArray();
        var output = Value(args, "--out") ?? Path.Combine(Path.GetTempPath(), "reviewmodel-fuzz");
        Directory.CreateDirectory(output);

        var seeds = Seeds.Load();
        var counts = new long[Kinds.Length];
        var refused = new long[Kinds.Length];
        var undocumented = new ConcurrentDictionary<string, long>();
        var slow = new ConcurrentBag<string>();
        long next = -1;
        var clock = Stopwatch.StartNew();
        var deadline = seconds > 0 ? TimeSpan.FromSeconds(seconds) : TimeSpan.MaxValue;

        Console.WriteLine($"fuzz: up to {inputs:N0} inputs, seed {seed}, {threads} threads, mix txt/md/json/docx {string.Join('/', mix)}, findings in {output}");
        var workers = Enumerable.Range(0, threads).Select(t => Task.Factory.StartNew(() =>
        {
            long i;
            while ((i = Interlocked.Increment(ref next)) < inputs && clock.Elapsed < deadline)
            {
                // Each input from its own seed: any finding can be replayed alone with --seed.
                var mutator = new Mutator(HashCode.Combine(seed, i));
                var kind = Pick(mix, mutator.Next(mix.Sum()));
                var started = clock.Elapsed;
                byte[] input = Array.Empty<byte>();
                try
                {
                    try
                    {
                        input = Generate(kind, seeds, mutator);
                    }
                    catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or System.Text.Json.JsonException)
                    {
                        // The generator's own limits (not the code under test): a plain edit instead.
                        input = Encoding.UTF8.GetBytes(mutator.Edit(kind == 2 ? seeds.Json[0] : seeds.Texts[0]));
                    }

                    if (!Run(kind, input, mutator))
                    {
                        Interlocked.Increment(ref refused[kind]);
                    }
                }
                catch (Exception e)
                {
                    var frame = new StackTrace(e).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("ReviewModel", StringComparison.Ordinal) == true)?.GetMethod();
                    var signature = $"{Kinds[kind]}: {e.GetType().FullName} at {frame?.DeclaringType?.Name}.{frame?.Name}";
                    if (undocumented.AddOrUpdate(signature, 1, (_, n) => n + 1) <= 3)
                    {
                        var file = Path.Combine(output, $"{Kinds[kind]}-{seed}-{i}.{Kinds[kind]}");
                        File.WriteAllBytes(file, input);
                        File.WriteAllText(file + ".error.txt", e.ToString());
                    }
                }

                if ((clock.Elapsed - started).TotalSeconds > 2)
                {
                    slow.Add($"{Kinds[kind]} input {i} (seed {seed}) took {(clock.Elapsed - started).TotalSeconds:F1} s");
                    File.WriteAllBytes(Path.Combine(output, $"slow-{Kinds[kind]}-{seed}-{i}.{Kinds[kind]}"), input);
                }

                Interlocked.Increment(ref counts[kind]);
                if (i % 100_000 == 0 && i > 0)
                {
                    Console.WriteLine($"  {i:N0} inputs, {clock.Elapsed.TotalSeconds:F0} s, {undocumented.Values.Sum()} undocumented");
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(workers);

        var total = counts.Sum();
        Console.WriteLine($"fuzz: {total:N0} inputs in {clock.Elapsed.TotalSeconds:F0} s ({total / Math.Max(1, clock.Elapsed.TotalSeconds):N0}/s)");
        for (var k = 0; k < Kinds.Length; k++)
        {
            Console.WriteLine($"  {Kinds[k],-4} {counts[k],10:N0} inputs, {refused[k],10:N0} refused with a documented exception");
        }

        Console.WriteLine($"  undocumented exceptions: {undocumented.Values.Sum()}");
        foreach (var (signature, count) in undocumented.OrderByDescending(p => p.Value))
        {
            Console.WriteLine($"    {count,8:N0} × {signature}");
        }

        Console.WriteLine($"  inputs slower than 2 s: {slow.Count}");
        foreach (var line in slow.Take(20))
        {
            Console.WriteLine("    " + line);
        }

        return undocumented.IsEmpty ? 0 : 1;
    }

    private static int Pick(int[] mix, int roll)
    {
        for (var k = 0; k < mix.Length; k++)
        {
            if (roll < mix[k])
            {
                return k;
            }

            roll -= mix[k];
        }

        return 0;
    }

    private static byte[] Generate(int kind, Seeds seeds, Mutator m)
    {
        switch (kind)
        {
            case 0:
            case 1:
                var seed = seeds.Texts[m.Next(seeds.Texts.Length)];
                var shape = m.Next(10);
                string text;
                if (shape < 3)
                {
                    text = m.Text(300);
                }
                else if (shape < 8)
                {
                    // A window of a real material: its structures, cut anywhere.
                    var start = m.Next(seed.Length);
                    text = m.Edit(seed.Substring(start, Math.Min(seed.Length - start, 50 + m.Next(1500))));
                }
                else
                {
                    text = m.Edit(seed);
                }

                return Encoding.UTF8.GetBytes(text);
            case 2:
                var source = seeds.Json[m.Next(seeds.Json.Length)];
                var roll = m.Next(10);
                if (roll < 6)
                {
                    return Encoding.UTF8.GetBytes(JsonMutator.Mutate(source, m));
                }

                var json = Encoding.UTF8.GetBytes(m.Edit(source));
                return roll == 9 ? m.Edit(json) : json;
            default:
                var (package, xml) = seeds.Docx[m.Next(seeds.Docx.Length)];
                var pick = m.Next(10);
                if (pick < 2)
                {
                    return m.Edit(package);
                }

                if (pick < 3)
                {
                    // Deep nesting around the body's content.
                    var depth = m.Next(20_000);
                    var open = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth));
                    var close = string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth));
                    var body = xml.IndexOf("<w:body>", StringComparison.Ordinal) + "<w:body>".Length;
                    var end = xml.LastIndexOf("</w:body>", StringComparison.Ordinal);
                    return Seeds.WithDocumentXml(package, xml.Substring(0, body) + open + xml.Substring(body, end - body) + close + xml.Substring(end));
                }

                return Seeds.WithDocumentXml(package, m.Edit(xml));
        }
    }

    /// <summary>Runs one input; false when it was refused with a documented exception.</summary>
    private static bool Run(int kind, byte[] input, Mutator m)
    {
        ReviewDocument document;
        try
        {
            switch (kind)
            {
                case 0:
                case 1:
                    var options = ImportOptions.Default.WithFormat(kind == 0 ? ImportFormat.PlainText : ImportFormat.Markdown);
                    document = ReviewImporter.Import(Encoding.UTF8.GetString(input), options).Document;
                    break;
                case 2:
                    document = ReviewJson.Deserialize(input);
                    break;
                default:
                    document = ReviewImporter.ImportDocx(new MemoryStream(input, writable: false)).Document;
                    break;
            }
        }
        catch (ReviewImportException e) when (!string.IsNullOrWhiteSpace(e.Message))
        {
            return false;
        }
        catch (ReviewJsonException e) when (!string.IsNullOrWhiteSpace(e.Message))
        {
            return false;
        }

        new ReviewValidator().Validate(document);
        if (m.Chance(20))
        {
            // Render → import: what the tool writes it must read back (only documented refusals).
            var json = ReviewJson.Serialize(document);
            if (!ReviewJson.Deserialize(json).Equals(document))
            {
                throw new InvalidOperationException("document → JSON → document is not equal");
            }

            TryImport(() => ReviewImporter.Import(new MarkdownRenderer().Render(document), ImportOptions.Default.WithFormat(ImportFormat.Markdown)));
            TryImport(() => ReviewImporter.Import(new TextRenderer().Render(document)));
            if (m.Chance(5))
            {
                using var docx = new MemoryStream();
                DocxRenderer.Render(document, docx);
                docx.Position = 0;
                TryImport(() => ReviewImporter.ImportDocx(docx));
            }
        }

        return true;
    }

    private static void TryImport(Func<ImportResult> import)
    {
        try
        {
            new ReviewValidator().Validate(import().Document);
        }
        catch (ReviewImportException e) when (!string.IsNullOrWhiteSpace(e.Message))
        {
        }
    }

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static long Option(string[] args, string name, long fallback) =>
        Value(args, name) is { } text ? long.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
