using System;
using System.CommandLine;

namespace ReviewModel.Cli.Commands;

/// <summary><c>reviewmodel demo --out DIR</c>: builds the bundled sample and writes it out.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "输出目录 (output directory)", DefaultValueFactory = _ => "out" };
        var command = new Command("demo", "用流式 API 构建示例材料，校验并输出 (build, validate and write the sample)") { output };
        command.SetAction(result =>
        {
            Console.WriteLine(result.GetValue(output));
            return 0;
        });
        return command;
    }
}
