using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ReviewModel.Analyzers.Mapping;

/// <summary>
/// Where a span of a string's value is in the source: inside a regular or verbatim string literal
/// (escapes included) the exact characters; for anything else (a constant's name, a concatenation, an
/// interpolation, a raw string) the whole expression.
/// </summary>
internal static class LiteralSpans
{
    /// <summary>The location of <paramref name="length"/> characters at <paramref name="start"/> of the value
    /// of <paramref name="expression"/>.</summary>
    public static Location Locate(SyntaxNode expression, int start, int length)
    {
        var syntax = expression;
        while (syntax is ParenthesizedExpressionSyntax parenthesized)
        {
            syntax = parenthesized.Expression;
        }

        if (syntax is LiteralExpressionSyntax literal && literal.Token.IsKind(SyntaxKind.StringLiteralToken))
        {
            var token = literal.Token;
            var offsets = SourceOffsets(token.Text, token.ValueText);
            if (offsets is not null && start >= 0 && length > 0 && start + length <= token.ValueText.Length)
            {
                var from = offsets[start];
                var to = offsets[start + length];
                return Location.Create(syntax.SyntaxTree, new TextSpan(token.SpanStart + from, to - from));
            }
        }

        return expression.GetLocation();
    }

    /// <summary>For each character of the literal's value (and one past the end), its offset in the
    /// token's source text; null when the literal is not a form this understands or the decoding
    /// does not reproduce the value exactly.</summary>
    internal static int[]? SourceOffsets(string text, string value)
    {
        var verbatim = text.StartsWith("@\"", StringComparison.Ordinal);
        var regular = !verbatim && text.StartsWith("\"", StringComparison.Ordinal) && !text.StartsWith("\"\"\"", StringComparison.Ordinal);
        if ((!verbatim && !regular) || !text.EndsWith("\"", StringComparison.Ordinal))
        {
            return null;
        }

        var offsets = new int[value.Length + 1];
        var i = verbatim ? 2 : 1;
        var end = text.Length - 1;
        var n = 0;
        while (i < end)
        {
            if (n >= value.Length)
            {
                return null;
            }

            offsets[n] = i;
            var c = text[i];
            if (verbatim)
            {
                i += c == '"' ? 2 : 1;
                n++;
                continue;
            }

            if (c != '\\')
            {
                i++;
                n++;
                continue;
            }

            var kind = i + 1 < end ? text[i + 1] : '\0';
            switch (kind)
            {
                case 'u':
                    i += 6;
                    n++;
                    break;
                case 'U':
                    i += 10;
                    n += char.IsHighSurrogate(value[n]) ? 2 : 1;
                    if (n <= value.Length && char.IsLowSurrogate(value[n - 1]))
                    {
                        offsets[n - 1] = offsets[n - 2];
                    }

                    break;
                case 'x':
                    i += 2;
                    var digits = 0;
                    while (digits < 4 && i < end && Uri.IsHexDigit(text[i]))
                    {
                        i++;
                        digits++;
                    }

                    n++;
                    break;
                default:
                    i += 2;
                    n++;
                    break;
            }
        }

        if (n != value.Length || i != end)
        {
            return null;
        }

        offsets[n] = end;
        return offsets;
    }
}
