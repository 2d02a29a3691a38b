using System;
using System.IO;
using System.Linq;
using ReviewModel.Cli.Commands;
using ReviewModel.Samples;
using ReviewModel.Serialization;
using Xunit;

namespace ReviewModel.Tests.Cli;

public sealed class DemoCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = new(Path.Combine(Path.GetTempPath(), "rm-demo-" + Guid.NewGuid().ToString("N")));

    public void Dispose()
    {
        if (_directory.Exists)
        {
            _directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Demo_writes_the_three_files_and_prints_the_placeholder_findings()
    {
        var console = new StringWriter();
        var exit = DemoCommand.Run(_directory, console);

        Assert.Equal(0, exit);
        var output = console.ToString();
        foreach (var placeholder in new[] { "x月x日", "xx条", "20xx年", "xx市" })
        {
            Assert.Contains($"warning RM0007: 占位符“{placeholder}”未替换", output);
        }

        Assert.Contains("preamble[0]@39: warning RM0007", output);

        var fixture = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sample.md"));
        Assert.Equal(fixture.Trim(), File.ReadAllText(Path.Combine(_directory.FullName, "sample.md")).Trim());
        var text = File.ReadAllText(Path.Combine(_directory.FullName, "sample.txt"));
        Assert.StartsWith("党史学习教育专题民主生活会对照检查材料", text);
        var json = File.ReadAllText(Path.Combine(_directory.FullName, "sample.json"));
        Assert.Equal(PartyHistory2021Sample.Build(), ReviewJson.Deserialize(json));
    }

    [Fact]
    public void Demo_lists_every_finding_of_the_validator()
    {
        var console = new StringWriter();
        DemoCommand.Run(_directory, console);
        var expected = new ReviewModel.Validation.ReviewValidator().Validate(PartyHistory2021Sample.Build()).Findings.Select(f => f.ToString());
        var lines = console.ToString().Split('\n').Select(l => l.TrimEnd('\r'));
        Assert.All(expected, f => Assert.Contains(f, lines));
    }
}
