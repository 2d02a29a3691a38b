using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ReviewModel.Analyzers;

/// <summary>
/// Reports, at the exact call or argument, what the validator would find in a document built with
/// the fluent builder and that can be known without running the code: RM0001 (a required section
/// missing), RM0002 (an aspect without problem), RM0003 (a problem under no aspect), RM0004,
/// RM0005, RM0006, RM0008 (unlinked problems, measures, causes), RM0007 (a placeholder in a
/// constant text), RM0009 (a link to an undeclared ID), RM0010 (a duplicate ID) and RM0013 (a
/// constant deadline before the constant meeting date). Where the code is not constant it stays silent.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReviewModelAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleDiagnostics.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var types = KnownTypes.Resolve(start.Compilation);
            if (types is null)
            {
                return; // the project does not use ReviewModel
            }

            start.RegisterOperationBlockStartAction(block =>
            {
                var state = new BlockState();
                block.RegisterOperationAction(c => OnInvocation(c, types, state), OperationKind.Invocation);
                block.RegisterOperationBlockEndAction(c => state.ReportPlaceholders(c));
            });
        });
    }

    private static void OnInvocation(OperationAnalysisContext context, KnownTypes types, BlockState state)
    {
        var call = (IInvocationOperation)context.Operation;
        var method = call.TargetMethod;
        if (!types.IsLibrary(method))
        {
            return;
        }

        if (method.IsStatic)
        {
            if (method.Name == "Create" && SymbolEqualityComparer.Default.Equals(method.ContainingType, types.ReviewDocument))
            {
                DocumentRules.Report(DocumentWalker.FromCreate(call, types, context.CancellationToken), context.ReportDiagnostic);
            }

            return;
        }

        if (types.KindOf(call.Instance?.Type) is not { } kind)
        {
            return;
        }

        if (kind == BuilderKind.Document && method.Name is "Build" or "BuildLenient" && !IsInsideCreate(call, types))
        {
            if (DocumentWalker.FromBuild(call, types, context.CancellationToken) is { } facts)
            {
                DocumentRules.Report(facts, context.ReportDiagnostic);
            }
        }
        else if (kind == BuilderKind.Document && method.Name == "Waive")
        {
            var rule = call.Arguments.Length > 0 ? call.Arguments[0].Value.ConstantValue : default;
            if (!rule.HasValue || rule.Value is not string id || string.Equals(id, RuleDiagnostics.PlaceholderLeft.Id, System.StringComparison.OrdinalIgnoreCase))
            {
                state.PlaceholdersWaived();
            }
        }

        List<Diagnostic>? found = null;
        PlaceholderCheck.Check(call, kind, ref found);
        if (found is not null)
        {
            state.Add(found);
        }
    }

    // Build() on the builder of Create(d => …) itself is not a separate document.
    private static bool IsInsideCreate(IInvocationOperation call, KnownTypes types)
    {
        for (var parent = call.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IInvocationOperation { TargetMethod: { Name: "Create", IsStatic: true } method }
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, types.ReviewDocument))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The placeholders found in one method body; held back until its end, because a
    /// <c>Waive("RM0007", …)</c> anywhere in it silences them.</summary>
    private sealed class BlockState
    {
        private readonly object _gate = new();
        private List<Diagnostic>? _placeholders;
        private bool _waived;

        public void Add(List<Diagnostic> found)
        {
            lock (_gate)
            {
                (_placeholders ??= new List<Diagnostic>()).AddRange(found);
            }
        }

        public void PlaceholdersWaived()
        {
            lock (_gate)
            {
                _waived = true;
            }
        }

        public void ReportPlaceholders(OperationBlockAnalysisContext context)
        {
            lock (_gate)
            {
                if (_waived || _placeholders is null)
                {
                    return;
                }

                foreach (var diagnostic in _placeholders)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }
}
