using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ReviewModel.Similarity;

namespace ReviewModel.Benchmarks;

/// <summary>
/// 查重 at scale: building the index of 10,000 generated materials (15 paragraphs each) and checking one material
/// against it. Each setup prints the index's retained memory (GC heap before and after building), which the README
/// uses for the projection to 100,000 materials.
/// </summary>
[MemoryDiagnoser]
public class SimilarityIndexBenchmarks
{
    private List<SimilarityMaterial> _materials = null!;
    private SimilarityIndex _index = null!;

    [GlobalSetup]
    public void Setup()
    {
        _materials = GeneratedMaterials.Create(10_000);
        var before = GC.GetTotalMemory(true);
        _index = SimilarityIndex.Build(_materials);
        var after = GC.GetTotalMemory(true);
        Console.WriteLine($"// index of {_index.MaterialCount} materials, {_index.UnitCount} paragraphs: {(after - before) / 1048576.0:F1} MB retained");
    }

    [Benchmark(Description = "build index, 10,000 materials")]
    public SimilarityIndex Build10000() => SimilarityIndex.Build(_materials);

    [Benchmark(Description = "check 1 material against 10,000")]
    public DuplicationReport Query() => _index.Check(_materials[4_999]);
}

/// <summary>
/// LSH against exhaustive pairwise comparison in the same run: every pair of paragraphs of different materials whose
/// MinHash signatures agree on at least half their hashes, found by comparing every pair (baseline) or only the
/// pairs that share an LSH bucket, at 500 and 1,000 materials — the exhaustive work grows with the square, LSH's
/// roughly linearly.
/// </summary>
[MemoryDiagnoser]
public class LshVersusExhaustiveBenchmarks
{
    private SimilarityIndex _index500 = null!;
    private SimilarityIndex _index1000 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _index500 = SimilarityIndex.Build(GeneratedMaterials.Create(500));
        _index1000 = SimilarityIndex.Build(GeneratedMaterials.Create(1_000));
        Console.WriteLine($"// pairs found at 1,000: exhaustive {_index1000.ExhaustivePairs(0.5)}, LSH {_index1000.LshPairs(0.5)}");
    }

    [Benchmark(Baseline = true, Description = "exhaustive, 1,000 materials")]
    public int Exhaustive1000() => _index1000.ExhaustivePairs(0.5);

    [Benchmark(Description = "LSH, 1,000 materials")]
    public int Lsh1000() => _index1000.LshPairs(0.5);

    [Benchmark(Description = "exhaustive, 500 materials")]
    public int Exhaustive500() => _index500.ExhaustivePairs(0.5);

    [Benchmark(Description = "LSH, 500 materials")]
    public int Lsh500() => _index500.LshPairs(0.5);
}
