using System;

namespace ReviewModel.Cli.Loading;

/// <summary>A command's input or output file cannot be used; the message names the file and says what is wrong.</summary>
internal sealed class CommandInputException : Exception
{
    public CommandInputException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
