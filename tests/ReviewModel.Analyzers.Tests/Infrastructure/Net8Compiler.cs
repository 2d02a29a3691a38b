using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ReviewModel.Analyzers.Tests.Infrastructure;

/// <summary>
/// Drives <c>tests/Net8AnalyzerHost</c>: a self-contained net8.0 app with Roslyn 4.8.0 that loads an analyzer
/// folder with Roslyn's own loader and runs it on a compilation — the stand-in for the .NET 8 SDK's compiler.
/// </summary>
public static class Net8Compiler
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _host;

    /// <summary>One line of the host's output: its kind (RUNTIME, ASSEMBLY, LOADFAILED, ANALYZER, DIAGNOSTIC…) and fields.</summary>
    public sealed record Line(string Kind, IReadOnlyList<string> Fields);

    /// <summary>A diagnostic the compilation gave.</summary>
    public sealed record Diagnostic(string Id, string Severity, string Path, int Line, int Column, string Message)
    {
        public string FileName => System.IO.Path.GetFileName(Path);

        public override string ToString() => $"{FileName}({Line},{Column}): {Severity} {Id}: {Message}";
    }

    /// <summary>What one run of the host printed.</summary>
    public sealed record Run(int ExitCode, string Output, IReadOnlyList<Line> Lines)
    {
        public IEnumerable<Line> Of(string kind) => Lines.Where(l => l.Kind == kind);

        public IReadOnlyList<Diagnostic> Diagnostics => Of("DIAGNOSTIC")
            .Select(l => new Diagnostic(l.Fields[0], l.Fields[1], l.Fields[2], int.Parse(l.Fields[3], System.Globalization.CultureInfo.InvariantCulture), int.Parse(l.Fields[4], System.Globalization.CultureInfo.InvariantCulture), l.Fields[5]))
            .ToList();
    }

    /// <summary>Builds the host (once per test run, incrementally, in this test's configuration) and runs it.</summary>
    public static async Task<Run> RunAsync(params string[] arguments)
    {
        var host = await HostAsync();
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A self-contained app: nothing of the test host's runtime may leak into it.
        foreach (var name in new[] { "DOTNET_ROOT", "DOTNET_STARTUP_HOOKS", "DOTNET_ADDITIONAL_DEPS", "COREHOST_TRACE" })
        {
            start.Environment.Remove(name);
        }

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        var errors = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (errors) { errors.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(Timeout)) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Net8AnalyzerHost did not finish in {Timeout}:{Environment.NewLine}{output}");
        }

        await exited;
        string text;
        lock (output)
        {
            text = output.ToString();
        }

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimEnd('\r').Split('\t'))
            .Select(parts => new Line(parts[0], parts.Skip(1).ToList()))
            .ToList();
        lock (errors)
        {
            return new Run(process.ExitCode, text + errors, lines);
        }
    }

    private static async Task<string> HostAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_host is not null)
            {
                return _host;
            }

            // This test assembly's configuration (bin/<Configuration>/net10.0/): build the host the same way.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var project = RepositoryFiles.PathOf("tests/Net8AnalyzerHost/Net8AnalyzerHost.csproj");
            var build = await DotNetCli.RunAsync(RepositoryFiles.Root, Timeout, "build", project, "-c", configuration);
            var host = RepositoryFiles.PathOf($"tests/Net8AnalyzerHost/bin/{configuration}/net8.0/linux-x64/Net8AnalyzerHost");
            if (build.ExitCode != 0 || !File.Exists(host))
            {
                throw new InvalidOperationException($"building {project} failed:{Environment.NewLine}{build.Output}");
            }

            _host = host;
            return host;
        }
        finally
        {
            Gate.Release();
        }
    }
}
