using BenchmarkDotNet.Attributes;
using ReviewModel.Model;
using ReviewModel.Validation;

namespace ReviewModel.Benchmarks;

/// <summary>
/// Validation time against document size. N = 1,000 is the baseline: validation is linear when the
/// 10k/1k and 100k/10k ratios are about 10.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private readonly ReviewValidator _validator = new();
    private ReviewDocument _n1000 = null!;
    private ReviewDocument _n10000 = null!;
    private ReviewDocument _n100000 = null!;

    // One setup per benchmark, so that each process holds only the document it measures and the
    // garbage collector of the small cases does not walk the large documents.
    [GlobalSetup(Target = nameof(Validate1000))]
    public void Setup1000() => _n1000 = GeneratedDocuments.Create(1_000);

    [GlobalSetup(Target = nameof(Validate10000))]
    public void Setup10000() => _n10000 = GeneratedDocuments.Create(10_000);

    [GlobalSetup(Target = nameof(Validate100000))]
    public void Setup100000() => _n100000 = GeneratedDocuments.Create(100_000);

    [Benchmark(Baseline = true, Description = "N=1,000")]
    public ValidationResult Validate1000() => _validator.Validate(_n1000);

    [Benchmark(Description = "N=10,000")]
    public ValidationResult Validate10000() => _validator.Validate(_n10000);

    [Benchmark(Description = "N=100,000")]
    public ValidationResult Validate100000() => _validator.Validate(_n100000);
}
