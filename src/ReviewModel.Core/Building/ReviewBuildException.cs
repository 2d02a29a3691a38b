using System;
using System.Collections.Generic;
using System.Linq;

namespace ReviewModel.Building;

/// <summary>
/// Thrown when a builder is misused or a described document is inconsistent: says what is wrong and
/// where, as a document path (e.g. <c>measures[2].addresses[0]</c>).
/// </summary>
public sealed class ReviewBuildException : Exception
{
    /// <summary>Creates the exception for one error.</summary>
    /// <param name="path">Where in the document the error is.</param>
    /// <param name="message">What is wrong.</param>
    public ReviewBuildException(string path, string message)
        : this(new[] { new BuildError(path, null, message) })
    {
    }

    /// <summary>Creates the exception for several errors.</summary>
    /// <param name="errors">The errors; at least one.</param>
    public ReviewBuildException(IReadOnlyList<BuildError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found, in document order.</summary>
    public IReadOnlyList<BuildError> Errors { get; }

    private static string Describe(IReadOnlyList<BuildError> errors)
    {
        if (errors is null || errors.Count == 0)
        {
            return "文档构建失败 (the document could not be built).";
        }

        if (errors.Count == 1)
        {
            return errors[0].ToString();
        }

        return $"文档构建失败，共 {errors.Count} 处错误 ({errors.Count} errors):" + Environment.NewLine
            + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
    }
}

/// <summary>One error found while building a document.</summary>
public sealed class BuildError
{
    /// <summary>Creates an error.</summary>
    /// <param name="path">Where in the document.</param>
    /// <param name="ruleId">The rule the error breaks (e.g. "RM0009"), or null for builder misuse.</param>
    /// <param name="message">What is wrong.</param>
    public BuildError(string path, string? ruleId, string message)
    {
        Path = path;
        RuleId = ruleId;
        Message = message;
    }

    /// <summary>Where in the document.</summary>
    public string Path { get; }

    /// <summary>The rule broken, or null.</summary>
    public string? RuleId { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => RuleId is null ? $"{Path}: {Message}" : $"{Path}: {RuleId}: {Message}";
}
