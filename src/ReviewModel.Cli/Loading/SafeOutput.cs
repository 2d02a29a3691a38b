using System;
using System.IO;

namespace ReviewModel.Cli.Loading;

/// <summary>
/// The ledger, recurrence and similarity commands' outputs: refused when they are one of the command's inputs
/// (<see cref="CommandOutput.RefuseInput"/>, by file identity), then written atomically (<see cref="CommandOutput.WriteFile"/>).
/// </summary>
internal static class SafeOutput
{
    /// <exception cref="CommandInputException">The path is an input, or cannot be written.</exception>
    public static void Write(string path, Action<Stream> write, TextWriter console, params string[] inputs)
    {
        CommandOutput.RefuseInput(path, inputs);
        CommandOutput.WriteFile(path, write, console);
    }

    /// <exception cref="CommandInputException">The path is an input, or cannot be written.</exception>
    public static void WriteText(string? path, string text, TextWriter console, params string[] inputs)
    {
        CommandOutput.RefuseInput(path, inputs);
        CommandOutput.WriteText(path, text, console);
    }
}
