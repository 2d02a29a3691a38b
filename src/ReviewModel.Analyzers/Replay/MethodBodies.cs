using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ReviewModel.Analyzers.Replay;

/// <summary>
/// The bound bodies of the consumer's helper methods, local functions and extension methods, bound once
/// per compilation and method (shared by every document that calls them), so that following helpers
/// costs one binding per method plus the calls actually replayed.
/// </summary>
internal sealed class MethodBodies
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IMethodSymbol, IBlockOperation?> _bodies = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

    public MethodBodies(Compilation compilation)
    {
        _compilation = compilation;
    }

    /// <summary>The body of <paramref name="method"/> when it is declared in this compilation and the call
    /// runs exactly it, at once (not abstract, virtual, an interface member, async or an iterator); otherwise null.</summary>
    public IBlockOperation? BodyOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        method = method.ReducedFrom ?? method;
        method = method.PartialImplementationPart ?? method;
        // An iterator's body runs when it is enumerated, an async method's partly later: not replayed as a call.
        if (method.IsAbstract || method.IsVirtual || method.IsOverride || method.IsExtern || method.IsAsync
            || method.DeclaringSyntaxReferences.IsEmpty
            || method.ContainingType?.TypeKind == TypeKind.Interface)
        {
            return null;
        }

        var definition = method.OriginalDefinition;
        return _bodies.GetOrAdd(definition, m => Bind(m, cancellationToken));
    }

    /// <summary>The semantic model of <paramref name="tree"/>, created once per compilation.</summary>
    public SemanticModel ModelOf(SyntaxTree tree) =>
#pragma warning disable RS1030 // Helpers in other files are bound once per compilation and cached here.
        _models.GetOrAdd(tree, t => _compilation.GetSemanticModel(t));
#pragma warning restore RS1030

    private IBlockOperation? Bind(IMethodSymbol method, CancellationToken cancellationToken)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax(cancellationToken);
            if (syntax is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax) || !_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                continue;
            }

            var operation = ModelOf(syntax.SyntaxTree).GetOperation(syntax, cancellationToken);
            var body = operation switch
            {
                IMethodBodyBaseOperation m => m.BlockBody ?? m.ExpressionBody,
                ILocalFunctionOperation f => f.Body ?? f.IgnoredBody,
                _ => null,
            };
            if (body is not null)
            {
                // An iterator (a yield anywhere in it) runs when enumerated, not when called.
                return System.Linq.Enumerable.Any(body.Descendants(), o => o.Kind is OperationKind.YieldReturn or OperationKind.YieldBreak) ? null : body;
            }
        }

        return null;
    }
}
