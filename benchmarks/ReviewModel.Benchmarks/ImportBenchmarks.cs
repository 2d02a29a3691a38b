using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ReviewModel.Import;
using ReviewModel.Validation;

namespace ReviewModel.Benchmarks;

/// <summary>
/// Import time against input size and shape: the sample, 10× and 100× the sample, and a megabyte of
/// adversarial text (<c>一是</c>, <c>（一）</c> repeated, on one line and one per line). The baseline is
/// Markdig parsing the same text: import should stay linear and within a small factor of it. Import and validate
/// together is the per-file cost of <c>reviewmodel check</c> (without reading the file and writing the report).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcess))]
public class ImportBenchmarks
{
    private static readonly string Sample = LoadSample();

    private static readonly ImportOptions MarkdownOptions = ImportOptions.Default.WithFormat(ImportFormat.Markdown);
    private static readonly ReviewValidator Validator = new();

    private string _text = string.Empty;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "sample";

    public static IEnumerable<string> Inputs => new[] { "sample", "sample×10", "sample×100", "1MB 一是", "1MB （一）", "1MB 一是 lines", "1MB （一） lines" };

    [GlobalSetup]
    public void Setup()
    {
        const int megabyte = 1 << 20;
        _text = Input switch
        {
            "sample" => Sample,
            "sample×10" => Repeat(Sample, 10),
            "sample×100" => Repeat(Sample, 100),
            "1MB 一是" => Fill("一、存在的问题\n\n", "一是", megabyte),
            "1MB （一）" => Fill("一、存在的问题\n\n", "（一）", megabyte),
            "1MB 一是 lines" => Fill("一、存在的问题\n\n", "一是\n", megabyte),
            "1MB （一） lines" => Fill("一、存在的问题\n\n", "（一）\n", megabyte),
            _ => throw new ArgumentException(Input),
        };
    }

    [Benchmark(Baseline = true)]
    public object MarkdigParse() => Markdig.Markdown.Parse(_text);

    [Benchmark]
    public object Import() => ReviewImporter.Import(_text);

    /// <summary>The same text read as Markdown: Markdig's parse plus the walk of its tree, then the same stages.</summary>
    [Benchmark]
    public object ImportMarkdown() => ReviewImporter.Import(_text, MarkdownOptions);

    /// <summary>What <c>reviewmodel check</c> does per file after reading it: import, then every rule (the per-file cost of the corpus-throughput target).</summary>
    [Benchmark]
    public object ImportAndValidate() => Validator.Validate(ReviewImporter.Import(_text).Document);

    /// <summary>A short job run in-process: no generated project to build (which times out on a busy machine).</summary>
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithToolchain(InProcessEmitToolchain.Instance));
        }
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text + "\n\n", times));

    private static string Fill(string head, string unit, int chars)
    {
        var builder = new StringBuilder(head, chars + unit.Length + head.Length);
        while (builder.Length < chars)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    internal static string LoadSample()
    {
        var directory = AppContext.BaseDirectory;
        while (directory is not null)
        {
            var candidate = Path.Combine(directory, "tests", "ReviewModel.Tests", "Fixtures", "sample.md");
            if (File.Exists(candidate))
            {
                return File.ReadAllText(candidate);
            }

            directory = Path.GetDirectoryName(directory);
        }

        throw new FileNotFoundException("tests/ReviewModel.Tests/Fixtures/sample.md not found above " + AppContext.BaseDirectory);
    }
}
