using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReviewModel.Analyzers.CodeFixes;

/// <summary>
/// RM0010: renames a duplicate ID to the first free <c>ID-2</c>, <c>ID-3</c>… the analyzer suggests. The
/// diagnostic is on the expression that gives the duplicate declaration its ID — a literal, a
/// <c>const</c>'s name, a constant interpolation — and that expression (the usage) is replaced by the new
/// literal: renaming a <c>const</c>'s value would rename the first declaration and every link to it too.
/// Fix All (<c>dotnet format analyzers --diagnostics RM0010</c>) renames every duplicate of a project in
/// one run; each duplicate of one ID gets its own suggestion (P1-2, P1-3…), so the edits never collide.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DuplicateIdCodeFix))]
[Shared]
public sealed class DuplicateIdCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("RM0010");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression
                || expression.Span != diagnostic.Location.SourceSpan
                || !diagnostic.Properties.TryGetValue("SuggestedId", out var id) || id is null)
            {
                continue;
            }

            var title = $"将 ID 改为“{id}” (rename to '{id}')";
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(
                        expression,
                        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(id)).WithTriviaFrom(expression)))),
                    nameof(DuplicateIdCodeFix)),
                diagnostic);
        }
    }
}
