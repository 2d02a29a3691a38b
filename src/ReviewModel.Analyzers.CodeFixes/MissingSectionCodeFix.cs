using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReviewModel.Analyzers.CodeFixes;

/// <summary>
/// RM0001: adds a stub of the missing section to the builder chain, in the standard order
/// (preparation, last year's rectification, problems, causes, measures), or a stub item to a section
/// that is there but empty. The stub's text is the placeholder 【待补】, so RM0007 keeps reminding the
/// author to write it. Fix All adds every missing section of a chain in one edit, in order.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingSectionCodeFix))]
[Shared]
public sealed class MissingSectionCodeFix : CodeFixProvider
{
    private static readonly string[] Order = { "Preparation", "LastYearRectification", "Problems", "Causes", "Measures" };

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("RM0001");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAll.Instance;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue("Section", out var section) || section is null || System.Array.IndexOf(Order, section) < 0
                || Apply(root, new[] { diagnostic }) is not { } fixedRoot)
            {
                continue;
            }

            var empty = diagnostic.Properties.TryGetValue("Empty", out var flag) && flag == "true";
            context.RegisterCodeFix(
                CodeAction.Create(
                    empty ? $"补充“{section}”章节的内容 (add an item to the empty {section} section)" : $"添加“{section}”章节 (add the {section} section)",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)),
                    nameof(MissingSectionCodeFix) + section),
                diagnostic);
        }
    }

    /// <summary>Applies the fixes of <paramref name="diagnostics"/> (of one document) together: every missing
    /// section of a chain is inserted in order, every empty section gets its stub; null when none applies.</summary>
    internal static SyntaxNode? Apply(SyntaxNode root, IEnumerable<Diagnostic> diagnostics)
    {
        // Mark the nodes first: each edit rebuilds the chain, and the marks follow the nodes that remain.
        var targets = new List<(SyntaxAnnotation Mark, string Section, string? Id, bool Empty)>();
        var marks = new Dictionary<SyntaxNode, SyntaxAnnotation>();
        foreach (var diagnostic in diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue("Section", out var section) || section is null || System.Array.IndexOf(Order, section) < 0)
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (!marks.TryGetValue(node, out var mark))
            {
                mark = new SyntaxAnnotation();
                marks.Add(node, mark);
            }

            diagnostic.Properties.TryGetValue("SuggestedId", out var id);
            targets.Add((mark, section, id, diagnostic.Properties.TryGetValue("Empty", out var empty) && empty == "true"));
        }

        if (targets.Count == 0)
        {
            return null;
        }

        root = root.ReplaceNodes(marks.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(marks[original]));
        var changed = false;
        foreach (var target in targets.OrderBy(t => System.Array.IndexOf(Order, t.Section)))
        {
            if (root.GetAnnotatedNodes(target.Mark).FirstOrDefault() is not { } node)
            {
                continue;
            }

            var next = target.Empty ? FillEmpty(root, node, target.Section, target.Id) : AddMissing(root, node, target.Section, target.Id);
            if (next is not null)
            {
                root = next;
                changed = true;
            }
        }

        return changed ? root : null;
    }

    private static SyntaxNode? AddMissing(SyntaxNode root, SyntaxNode node, string section, string? id)
    {
        if (FindChainEnd(node) is not { } end || InsertionPoint(end, section) is not { } anchor || Stub(section, id) is not { } arguments)
        {
            return null;
        }

        var replacement = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, anchor.WithoutTrailingTrivia(), SyntaxFactory.IdentifierName(section)),
                arguments)
            .WithTrailingTrivia(anchor.GetTrailingTrivia());
        return root.ReplaceNode(anchor, replacement);
    }

    /// <summary>An empty section (<c>.Causes(c => c.Heading("原因"))</c>): its lambda gets a stub item.</summary>
    private static SyntaxNode? FillEmpty(SyntaxNode root, SyntaxNode node, string section, string? id)
    {
        if (node.Parent is not MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax call }
            || call.ArgumentList.Arguments.Count != 1
            || call.ArgumentList.Arguments[0].Expression is not LambdaExpressionSyntax lambda
            || Parameter(lambda) is not { } parameter
            || Item(section, id) is not { } item)
        {
            return null;
        }

        if (lambda.ExpressionBody is { } body)
        {
            var appended = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, body.WithoutTrailingTrivia(), SyntaxFactory.IdentifierName(item.Name)),
                    item.Arguments)
                .WithTrailingTrivia(body.GetTrailingTrivia());
            return root.ReplaceNode(body, appended);
        }

        if (lambda.Block is { } block)
        {
            var statement = SyntaxFactory.ParseStatement($"{parameter}.{item.Name}{item.Arguments.ToFullString()};");
            return root.ReplaceNode(block, block.AddStatements(statement));
        }

        return null;
    }

    private static string? Parameter(LambdaExpressionSyntax lambda) => lambda switch
    {
        SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText,
        ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } parenthesized => parenthesized.ParameterList.Parameters[0].Identifier.ValueText,
        _ => null,
    };

    private static (string Name, ArgumentListSyntax Arguments)? Item(string section, string? id) => section switch
    {
        "Preparation" => ("Step", SyntaxFactory.ParseArgumentList("(\"【待补】\", \"【待补】\")")),
        "LastYearRectification" => ("Item", SyntaxFactory.ParseArgumentList("(\"【待补】\", \"【待补】\")")),
        "Problems" => ("Ungrouped", SyntaxFactory.ParseArgumentList($"(a => a.Problem(\"{id ?? "P1"}\", \"【待补】\", \"【待补】\"))")),
        "Causes" => ("Cause", SyntaxFactory.ParseArgumentList($"(\"{id ?? "C1"}\", \"【待补】\", \"【待补】\")")),
        "Measures" => ("Measure", SyntaxFactory.ParseArgumentList($"(\"{id ?? "M1"}\", \"【待补】\", \"【待补】\")")),
        _ => null,
    };

    /// <summary>Fixes every RM0001 of a document (or of all the documents in scope) at once.</summary>
    private sealed class FixAll : DocumentBasedFixAllProvider
    {
        public static readonly FixAll Instance = new();

        protected override string GetFixAllTitle(FixAllContext fixAllContext) => "添加缺失的章节 (add the missing sections)";

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var root = await document.GetSyntaxRootAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
            return root is not null && Apply(root, diagnostics) is { } fixedRoot ? document.WithSyntaxRoot(fixedRoot) : document;
        }
    }

    /// <summary>The outermost expression of the builder chain the diagnostic is on: the lambda body of
    /// <c>Create(d => …)</c>, or the receiver of <c>….Build()</c>.</summary>
    private static ExpressionSyntax? FindChainEnd(SyntaxNode node)
    {
        if (node.Parent is not MemberAccessExpressionSyntax access || access.Parent is not InvocationExpressionSyntax invocation)
        {
            return null;
        }

        if (access.Name.Identifier.ValueText == "Create")
        {
            return invocation.ArgumentList.Arguments.Count == 1
                && invocation.ArgumentList.Arguments[0].Expression is LambdaExpressionSyntax { ExpressionBody: { } body }
                ? body
                : null;
        }

        return access.Expression;
    }

    /// <summary>The chain element after which the new call goes.</summary>
    private static ExpressionSyntax? InsertionPoint(ExpressionSyntax end, string section)
    {
        var rank = System.Array.IndexOf(Order, section);
        var links = new System.Collections.Generic.List<InvocationExpressionSyntax>();
        ExpressionSyntax current = end;
        while (current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call)
        {
            links.Add(call);
            current = access.Expression;
        }

        if (links.Count > 0 && ((MemberAccessExpressionSyntax)links[links.Count - 1].Expression).Name.Identifier.ValueText == "CreateBuilder")
        {
            // ReviewDocument.CreateBuilder() is the root of the chain.
            current = links[links.Count - 1];
            links.RemoveAt(links.Count - 1);
        }

        links.Reverse();
        ExpressionSyntax anchor = current;
        foreach (var call in links)
        {
            var name = ((MemberAccessExpressionSyntax)call.Expression).Name.Identifier.ValueText;
            var position = name is "Header" or "Preamble" ? -1 : System.Array.IndexOf(Order, name);
            if (position < rank && (position >= 0 || name is "Header" or "Preamble"))
            {
                anchor = call;
            }
        }

        return anchor;
    }

    private static ArgumentListSyntax? Stub(string section, string? id)
    {
        var text = section switch
        {
            "Preparation" => "(p => p.Step(\"【待补】\", \"【待补】\"))",
            "LastYearRectification" => "(r => r.Item(\"【待补】\", \"【待补】\"))",
            "Problems" => $"(p => p.Ungrouped(a => a.Problem(\"{id ?? "P1"}\", \"【待补】\", \"【待补】\")))",
            "Causes" => $"(c => c.Cause(\"{id ?? "C1"}\", \"【待补】\", \"【待补】\"))",
            "Measures" => $"(m => m.Measure(\"{id ?? "M1"}\", \"【待补】\", \"【待补】\"))",
            _ => null,
        };
        return text is null ? null : SyntaxFactory.ParseArgumentList(text);
    }
}
