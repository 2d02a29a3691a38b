using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ReviewModel.Analyzers.Replay;

/// <summary>The variables of one running body (a method, a lambda, a local function), with the frame
/// it was created in: a lambda sees its enclosing frame's variables.</summary>
internal sealed class Frame
{
    private readonly Dictionary<ISymbol, Val> _variables = new(SymbolEqualityComparer.Default);

    public Frame(Frame? parent)
    {
        Parent = parent;
    }

    public Frame? Parent { get; }

    public void Set(ISymbol symbol, Val value) => _variables[symbol] = value;

    public bool TryGet(ISymbol symbol, out Val value)
    {
        for (var frame = this; frame is not null; frame = frame.Parent)
        {
            if (frame._variables.TryGetValue(symbol, out value))
            {
                return true;
            }
        }

        value = Val.Unknown;
        return false;
    }

    /// <summary>The builders bound in this frame and the frames around it.</summary>
    public IEnumerable<object> Builders(System.Func<object?, bool> isBuilder)
    {
        for (var frame = this; frame is not null; frame = frame.Parent)
        {
            foreach (var value in frame._variables.Values)
            {
                if (value.Known && isBuilder(value.Value))
                {
                    yield return value.Value!;
                }
            }
        }
    }
}
