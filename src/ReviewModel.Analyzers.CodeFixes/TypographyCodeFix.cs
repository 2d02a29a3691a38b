using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Composition;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReviewModel.Text.Typography;

namespace ReviewModel.Analyzers.CodeFixes;

/// <summary>
/// RM0030 and RM0032: makes the string the diagnostic points into right by GB/T 15834 — half-width
/// <c>, ; : ( )</c> and ASCII quotes touching Chinese text become full-width, spaces between Chinese
/// characters go — with the same scanner the validator and <c>reviewmodel fix</c> use, so the result checks
/// clean. A regular or verbatim string literal is rewritten as a regular literal; the text part of an
/// interpolated string is rewritten in place (its holes stay as they are). Fix All
/// (<c>dotnet format analyzers --diagnostics RM0030</c>) fixes every literal of a project in one run.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TypographyCodeFix))]
[Shared]
public sealed class TypographyCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("RM0030", "RM0032");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

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
            // The diagnostic is inside a literal, or on a whole interpolated string (whose text parts are all fixed).
            var token = root.FindToken(diagnostic.Location.SourceSpan.Start);
            var interpolated = token.Parent?.AncestorsAndSelf().OfType<InterpolatedStringExpressionSyntax>().FirstOrDefault();
            var tokens = interpolated is not null
                ? interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Select(t => t.TextToken).ToList()
                : new List<SyntaxToken> { token };
            var replacements = new Dictionary<SyntaxToken, SyntaxToken>();
            foreach (var original in tokens)
            {
                if (Fixed(original) is { } newToken)
                {
                    replacements[original] = newToken;
                }
            }

            if (replacements.Count == 0)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "改为全角标点并删除汉字间空格 (use full-width punctuation, remove spaces between Chinese characters)",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceTokens(replacements.Keys, (old, _) => replacements[old]))),
                    nameof(TypographyCodeFix)),
                diagnostic);
        }
    }

    /// <summary>The token with its text fixed, or null when it is not a string the fix can rewrite or nothing changes.</summary>
    private static SyntaxToken? Fixed(SyntaxToken token)
    {
        switch (token.Kind())
        {
            case SyntaxKind.StringLiteralToken:
                var value = token.ValueText;
                var fixedValue = TypographyScanner.Fix(value);
                return fixedValue == value ? null : SyntaxFactory.Literal(fixedValue).WithTriviaFrom(token);
            case SyntaxKind.InterpolatedStringTextToken when token.Parent?.Parent is InterpolatedStringExpressionSyntax
            {
                StringStartToken.RawKind: (int)SyntaxKind.InterpolatedStringStartToken,
            }:
                var text = token.ValueText;
                var fixedText = TypographyScanner.Fix(text);
                return fixedText == text
                    ? null
                    : SyntaxFactory.Token(token.LeadingTrivia, SyntaxKind.InterpolatedStringTextToken, Escape(fixedText), fixedText, token.TrailingTrivia);
            default:
                return null;
        }
    }

    /// <summary>Writes <paramref name="text"/> as the text of a regular interpolated string: <c>\</c>, <c>"</c>, braces and control characters escaped.</summary>
    private static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': result.Append("\\\\"); break;
                case '"': result.Append("\\\""); break;
                case '{': result.Append("{{"); break;
                case '}': result.Append("}}"); break;
                case '\n': result.Append("\\n"); break;
                case '\r': result.Append("\\r"); break;
                case '\t': result.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        result.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.ToString();
    }
}
