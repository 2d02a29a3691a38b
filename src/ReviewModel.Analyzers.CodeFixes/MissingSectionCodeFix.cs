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
/// (preparation, last year's rectification, problems, causes, measures). The stub's text is the
/// placeholder 【待补】, so RM0007 keeps reminding the author to write it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingSectionCodeFix))]
[Shared]
public sealed class MissingSectionCodeFix : CodeFixProvider
{
    private static readonly string[] Order = { "Preparation", "LastYearRectification", "Problems", "Causes", "Measures" };

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("RM0001");

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

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
            if (!diagnostic.Properties.TryGetValue("Section", out var section) || section is null || System.Array.IndexOf(Order, section) < 0)
            {
                continue; // the section exists but is empty: nothing mechanical to add
            }

            diagnostic.Properties.TryGetValue("SuggestedId", out var id);
            if (FindChainEnd(root.FindNode(diagnostic.Location.SourceSpan)) is not { } end
                || InsertionPoint(end, section) is not { } anchor
                || Stub(section, id) is not { } arguments)
            {
                continue;
            }

            var replacement = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, anchor.WithoutTrailingTrivia(), SyntaxFactory.IdentifierName(section)),
                    arguments)
                .WithTrailingTrivia(anchor.GetTrailingTrivia());
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"添加“{section}”章节 (add the {section} section)",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(anchor, replacement))),
                    nameof(MissingSectionCodeFix) + section),
                diagnostic);
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
