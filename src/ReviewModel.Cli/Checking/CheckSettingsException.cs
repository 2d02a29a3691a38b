using System;

namespace ReviewModel.Cli.Checking;

/// <summary>The settings file cannot be used; the message says where and why.</summary>
internal sealed class CheckSettingsException : Exception
{
    public CheckSettingsException(string message)
        : base(message)
    {
    }
}
