using Microsoft.CodeAnalysis;

namespace ReviewModel.Analyzers.Replay;

/// <summary>
/// A value the replay computed for an expression of the consumer's code: a constant (string, number,
/// enum, null), a date, an aspect catalogue, an array of values, a lambda, or a live builder of the
/// replayed document — or <see cref="Unknown"/>. A known value remembers the syntax it came from (for
/// an argument passed through a helper, the caller's argument), where findings about it are reported.
/// </summary>
internal readonly struct Val
{
    private Val(object? value, SyntaxNode? origin, Val[]? items)
    {
        Known = true;
        Value = value;
        Origin = origin;
        Items = items;
    }

    /// <summary>A value the replay cannot know (a parameter, a database, a loop).</summary>
    public static Val Unknown => default;

    public bool Known { get; }

    public object? Value { get; }

    public SyntaxNode? Origin { get; }

    /// <summary>The elements of an array value; null for other values.</summary>
    public Val[]? Items { get; }

    public static Val Of(object? value, SyntaxNode? origin) => new(value, origin, null);

    public static Val Array(Val[] items, SyntaxNode? origin) => new(null, origin, items);

    /// <summary>The string, when the value is a known string.</summary>
    public string? String => Known ? Value as string : null;

    public Val WithOrigin(SyntaxNode? origin) => Known ? new Val(Value, origin ?? Origin, Items) : this;
}

/// <summary>A lambda or a method group, with the frame its lambda captured.</summary>
internal sealed class Closure
{
    public Closure(Microsoft.CodeAnalysis.Operations.IAnonymousFunctionOperation? lambda, IMethodSymbol? method, Frame? captured)
    {
        Lambda = lambda;
        Method = method;
        Captured = captured;
    }

    public Microsoft.CodeAnalysis.Operations.IAnonymousFunctionOperation? Lambda { get; }

    public IMethodSymbol? Method { get; }

    public Frame? Captured { get; }
}
