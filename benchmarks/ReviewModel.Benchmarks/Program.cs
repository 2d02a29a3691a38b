using BenchmarkDotNet.Running;
using ReviewModel.Benchmarks;

if (args.Length > 0 && args[0] == "--stages")
{
    return ImportStageProfile.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
