using System;
using System.Globalization;
using System.IO;
using System.Linq;
using ReviewModel.Cli;

namespace ReviewModel.Tests.Cli;

/// <summary>Runs the whole command line (parsing included) with captured output, and gives each test a temporary folder.</summary>
public abstract class CliRunner : IDisposable
{
    protected string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("rm-cli-").FullName;

    public void Dispose()
    {
        System.IO.Directory.Delete(Directory, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    protected string PathIn(string name) => Path.Combine(Directory, name);

    protected string Write(string name, string text)
    {
        var path = PathIn(name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Asserts a bad-input failure: exit 2, nothing on stdout, one error line on stderr that names <paramref name="file"/>.</summary>
    protected static void AssertBadInput((int Exit, string Output, string Error) run, string file)
    {
        Xunit.Assert.Equal(2, run.Exit);
        Xunit.Assert.Equal(string.Empty, run.Output);
        var lines = run.Error.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Xunit.Assert.Single(lines);
        Xunit.Assert.StartsWith("reviewmodel: error: ", lines[0]);
        Xunit.Assert.Contains(file, lines[0]);
        Xunit.Assert.DoesNotContain("   at ", run.Error);
    }

    /// <summary>Asserts that the arguments did not parse: exit 2, errors on stderr, no stack trace.</summary>
    protected static void AssertBadArguments((int Exit, string Output, string Error) run, string mentioned)
    {
        Xunit.Assert.Equal(2, run.Exit);
        Xunit.Assert.StartsWith("reviewmodel: error: ", run.Error);
        Xunit.Assert.Contains(mentioned, run.Error);
        Xunit.Assert.DoesNotContain("   at ", run.Error);
    }
}
