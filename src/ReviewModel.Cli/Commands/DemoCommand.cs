using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ReviewModel.Cli.Loading;
using ReviewModel.Rendering;
using ReviewModel.Rendering.Docx;
using ReviewModel.Rendering.Lists;
using ReviewModel.Samples;
using ReviewModel.Serialization;
using ReviewModel.Validation;

namespace ReviewModel.Cli.Commands;

/// <summary><c>reviewmodel demo --out DIR</c>: builds the bundled sample through the fluent API,
/// validates it, prints the findings in compiler format, and writes it out: sample.md, sample.txt,
/// sample.json, sample.docx, and its 整改清单 as sample-整改清单.md and sample-整改清单.csv.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { HelpName = "目录", Description = "输出目录 (output directory)", DefaultValueFactory = _ => new DirectoryInfo("out") };
        var command = new Command("demo", "用流式 API 构建示例材料，校验并输出 md/txt/json/docx 及整改清单 (build, validate and write the bundled sample and its rectification list)") { output };
        command.SetAction(result => Run(result.GetValue(output)!, result.InvocationConfiguration.Output));
        return command;
    }

    internal static int Run(DirectoryInfo directory, TextWriter console)
    {
        var document = PartyHistory2021Sample.Build();
        var result = new ReviewValidator().Validate(document);
        foreach (var finding in result.Findings)
        {
            console.WriteLine(finding);
        }

        console.WriteLine(FindingSummary.Describe(result));
        directory.Create();
        var utf8 = new UTF8Encoding(false);
        Write(directory, "sample.md", new MarkdownRenderer().Render(document), utf8, console);
        Write(directory, "sample.txt", new TextRenderer().Render(document), utf8, console);
        Write(directory, "sample.json", ReviewJson.Serialize(document), utf8, console);
        CommandOutput.WriteFile(Path.Combine(directory.FullName, "sample.docx"), stream => DocxRenderer.Render(document, stream), console);
        var list = RectificationList.From(document);
        Write(directory, "sample-整改清单.md", RectificationListWriter.ToMarkdown(list), utf8, console);
        CommandOutput.WriteFile(Path.Combine(directory.FullName, "sample-整改清单.csv"), stream => RectificationListWriter.WriteCsv(list, stream), console);
        return result.HasErrors ? 1 : 0;
    }

    private static void Write(DirectoryInfo directory, string name, string content, Encoding encoding, TextWriter console)
    {
        CommandOutput.WriteFile(Path.Combine(directory.FullName, name), stream =>
        {
            var bytes = encoding.GetBytes(content);
            stream.Write(bytes, 0, bytes.Length);
        }, console);
    }
}
