using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ReviewModel.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ReviewModel.Analyzers.Tests.EndToEnd;

/// <summary>
/// The README's tool route, for real: packs src/ReviewModel.Cli into a temporary feed once, installs it with
/// <c>dotnet tool install --tool-path</c> from that feed (NuGet stays reachable), and runs the installed
/// <c>reviewmodel</c> command. In the package collection so that its Release build never overlaps the library's pack.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(PackageCollection.Name)]
public sealed class ToolInstallEndToEndTests : IClassFixture<ToolInstallEndToEndTests.InstalledTool>
{
    private readonly InstalledTool _tool;

    public ToolInstallEndToEndTests(InstalledTool tool)
    {
        _tool = tool;
    }

    [Fact]
    public void The_tool_package_has_its_readme_and_command_name()
    {
        using var package = ZipFile.OpenRead(_tool.Package);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("PACKAGE.md", entries);
        Assert.Contains("tools/net10.0/any/DotnetToolSettings.xml", entries);
        Assert.Contains("tools/net10.0/any/ReviewModel.Cli.dll", entries);
        // A platform-agnostic tool carries no apphost: the build renames it "reviewmodel", and the pack leaves it out.
        Assert.DoesNotContain("tools/net10.0/any/reviewmodel", entries);
        Assert.DoesNotContain("tools/net10.0/any/reviewmodel.exe", entries);
        Assert.DoesNotContain("tools/net10.0/any/ReviewModel.Cli", entries);
        var settings = new StreamReader(package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open()).ReadToEnd();
        Assert.Contains("<Command Name=\"reviewmodel\" EntryPoint=\"ReviewModel.Cli.dll\"", settings);
        var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.Contains("<readme>PACKAGE.md</readme>", nuspec);
        Assert.Contains("<packageType name=\"DotnetTool\" />", nuspec);
    }

    [Fact]
    public async Task The_installed_command_prints_help_named_reviewmodel()
    {
        var help = await _tool.RunAsync("--help");
        Assert.True(help.ExitCode == 0, help.Output);
        Assert.Contains("reviewmodel", help.Output);
        Assert.DoesNotContain("ReviewModel.Cli", help.Output);
        Assert.Contains("demo", help.Output);
        Assert.Contains("check", help.Output);

        var bare = await _tool.RunAsync();
        Assert.True(bare.ExitCode == 0, bare.Output);
        Assert.Equal(help.Output, bare.Output); // no arguments prints the same help
    }

    [Fact]
    public async Task The_installed_command_runs_the_demo_and_checks_its_output()
    {
        var folder = Path.Combine(_tool.Root, "demo-out");
        var demo = await _tool.RunAsync("demo", "--out", folder);
        Assert.True(demo.ExitCode == 0, demo.Output);
        Assert.Contains("warning RM0007", demo.Output);
        foreach (var name in new[] { "sample.md", "sample.txt", "sample.json", "sample.docx", "sample-整改清单.md", "sample-整改清单.csv" })
        {
            var file = Path.Combine(folder, name);
            Assert.True(File.Exists(file) && new FileInfo(file).Length > 0, $"demo did not write {name}:{Environment.NewLine}{demo.Output}");
        }

        Assert.StartsWith("PK", File.ReadAllText(Path.Combine(folder, "sample.docx"), Encoding.Latin1), StringComparison.Ordinal);
        var check = await _tool.RunAsync("check", Path.Combine(folder, "sample.md"));
        Assert.True(check.ExitCode == 0, check.Output); // warnings only
        Assert.Contains("sample.md(", check.Output);
        Assert.Contains("检查了 1 个文件", check.Output);
    }

    /// <summary>The CLI packed with a unique version into a temporary feed and installed from it into a tool path.</summary>
    public sealed class InstalledTool : IAsyncLifetime
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);
        private readonly string _version = "0.1.0-tool." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "reviewmodel-tool-" + Guid.NewGuid().ToString("N")[..12]);

        public string Feed => Path.Combine(Root, "feed");

        public string ToolPath => Path.Combine(Root, "tools");

        public string Package => Path.Combine(Feed, $"ReviewModel.Cli.{_version}.nupkg");

        public string Command => Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "reviewmodel.exe" : "reviewmodel");

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(Feed);
            var pack = await DotNetCli.RunAsync(
                RepositoryFiles.Root, Timeout, "pack", RepositoryFiles.PathOf("src/ReviewModel.Cli/ReviewModel.Cli.csproj"), "-c", "Release", "-o", Feed, $"-p:Version={_version}");
            if (pack.ExitCode != 0 || !File.Exists(Package))
            {
                throw new InvalidOperationException("dotnet pack of the CLI failed:" + Environment.NewLine + pack.Output);
            }

            // Run from the temporary folder: the repository's own configuration has no say in the install.
            var install = await DotNetCli.RunAsync(
                Root, Timeout, "tool", "install", "--tool-path", ToolPath, "--add-source", Feed, "--version", _version, "ReviewModel.Cli");
            if (install.ExitCode != 0 || !File.Exists(Command))
            {
                throw new InvalidOperationException("dotnet tool install failed:" + Environment.NewLine + install.Output);
            }
        }

        public Task DisposeAsync()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open: the temporary folder is left for the system to clean.
            }

            return Task.CompletedTask;
        }

        /// <summary>Runs the installed <c>reviewmodel</c> with the arguments; stdout and stderr together.</summary>
        public async Task<DotNetCli.Result> RunAsync(params string[] arguments)
        {
            var start = new ProcessStartInfo(Command)
            {
                WorkingDirectory = Root,
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

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            var exited = process.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromMinutes(2))) != exited)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"reviewmodel {string.Join(' ', arguments)} did not finish in 2 minutes.");
            }

            await exited;
            return new DotNetCli.Result(process.ExitCode, await output + await error);
        }
    }
}
