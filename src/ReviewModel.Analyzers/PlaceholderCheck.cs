using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReviewModel.Text;

namespace ReviewModel.Analyzers;

/// <summary>
/// RM0007 at the call: the constant strings a builder call puts into the document's text are
/// scanned with the library's own <see cref="PlaceholderScanner"/>, and each placeholder is reported
/// at its exact span inside the string literal (or at the argument when the constant is not a plain
/// literal). Text fields the validator scans as one (<c>Item(lead, body)</c>, <c>Step(lead, body)</c>)
/// are scanned as one here too.
/// </summary>
internal static class PlaceholderCheck
{
    public static void Check(IInvocationOperation call, BuilderKind kind, ref List<Diagnostic>? found)
    {
        var name = call.TargetMethod.Name;
        switch (kind)
        {
            case BuilderKind.Document when name == "Preamble":
                Single(call, "text", ref found);
                break;
            case BuilderKind.Header when name is "Title" or "Theme":
                Single(call, name == "Title" ? "title" : "theme", ref found);
                break;
            case BuilderKind.Preparation or BuilderKind.Rectification or BuilderKind.ProblemSection or BuilderKind.CauseSection
                or BuilderKind.MeasureSection or BuilderKind.AspectGroup or BuilderKind.CustomSection when name == "Heading":
                Single(call, "heading", ref found);
                break;
            case BuilderKind.Preparation or BuilderKind.Rectification or BuilderKind.ProblemSection or BuilderKind.CauseSection
                or BuilderKind.MeasureSection or BuilderKind.AspectGroup when name is "Intro" or "Closing":
                Single(call, "text", ref found);
                break;
            case BuilderKind.CustomSection when name == "Paragraph":
                Single(call, "text", ref found);
                break;
            case BuilderKind.ProblemSection when name == "CustomAspect":
                Single(call, "heading", ref found);
                break;
            case BuilderKind.Problem when name == "Example":
                Single(call, "text", ref found);
                break;
            case BuilderKind.Measure when name == "Standard":
                Single(call, "standard", ref found);
                break;
            // Names hold placeholders too ("xx市委", 责任人 "xx"), as the validator scans them.
            case BuilderKind.Header when name == "LeadershipTeam":
                Single(call, "organisation", ref found);
                Single(call, "teamName", ref found);
                break;
            case BuilderKind.Header when name == "Individual":
                Single(call, "organisation", ref found);
                Single(call, "name", ref found);
                Single(call, "post", ref found);
                break;
            case BuilderKind.Header when name == "Notice":
                Single(call, "issuer", ref found);
                Single(call, "title", ref found);
                break;
            case BuilderKind.Measure when name == "Owner":
                Single(call, "name", ref found);
                break;
            case BuilderKind.Measure when name == "OwningUnit":
                Single(call, "unit", ref found);
                break;
            case BuilderKind.AspectGroup when name == "Problem":
                Single(call, "lead", ref found);
                Single(call, "body", ref found);
                break;
            case BuilderKind.CauseSection when name == "Cause":
            case BuilderKind.MeasureSection when name == "Measure":
                Single(call, "title", ref found);
                Single(call, "body", ref found);
                break;
            case BuilderKind.Preparation when name == "Step":
            case BuilderKind.Rectification or BuilderKind.Measure when name == "Item":
                Joined(call, ref found);
                break;
        }
    }

    private static void Single(IInvocationOperation call, string parameter, ref List<Diagnostic>? found)
    {
        var argument = Argument(call, parameter);
        if (argument?.ConstantValue is { HasValue: true, Value: string text })
        {
            foreach (var match in PlaceholderScanner.Scan(text))
            {
                (found ??= new List<Diagnostic>()).Add(Diagnostic.Create(RuleDiagnostics.PlaceholderLeft, Locate(argument, match.Start, match.Length), match.Text));
            }
        }
    }

    // The validator scans lead + body as one text (NumberedItem.Text).
    private static void Joined(IInvocationOperation call, ref List<Diagnostic>? found)
    {
        var lead = Argument(call, "lead");
        var body = Argument(call, "body");
        var leadText = lead?.ConstantValue is { HasValue: true, Value: string l } ? l : null;
        var bodyText = body?.ConstantValue is { HasValue: true, Value: string b } ? b : null;
        if (leadText is not null && bodyText is not null)
        {
            foreach (var match in PlaceholderScanner.Scan(leadText + bodyText))
            {
                var location = match.Start < leadText.Length
                    ? Locate(lead!, match.Start, System.Math.Min(match.Length, leadText.Length - match.Start))
                    : Locate(body!, match.Start - leadText.Length, match.Length);
                (found ??= new List<Diagnostic>()).Add(Diagnostic.Create(RuleDiagnostics.PlaceholderLeft, location, match.Text));
            }

            return;
        }

        // Only one part is constant: what touches the unknown other part could read differently, so
        // keep only the matches well away from the join.
        const int margin = 4;
        if (leadText is not null)
        {
            foreach (var match in PlaceholderScanner.Scan(leadText))
            {
                if (match.Start + match.Length + margin <= leadText.Length)
                {
                    (found ??= new List<Diagnostic>()).Add(Diagnostic.Create(RuleDiagnostics.PlaceholderLeft, Locate(lead!, match.Start, match.Length), match.Text));
                }
            }
        }
        else if (bodyText is not null)
        {
            foreach (var match in PlaceholderScanner.Scan(bodyText))
            {
                if (match.Start >= margin)
                {
                    (found ??= new List<Diagnostic>()).Add(Diagnostic.Create(RuleDiagnostics.PlaceholderLeft, Locate(body!, match.Start, match.Length), match.Text));
                }
            }
        }
    }

    private static IOperation? Argument(IInvocationOperation call, string parameter)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Name == parameter && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The span of the placeholder inside a string literal (regular or verbatim, escapes
    /// included); the whole argument for anything else (raw, interpolated, non-literal).</summary>
    private static Location Locate(IOperation argument, int start, int length)
    {
        var syntax = argument.Syntax;
        while (syntax is ParenthesizedExpressionSyntax parenthesized)
        {
            syntax = parenthesized.Expression;
        }

        if (syntax is LiteralExpressionSyntax literal && literal.Token.IsKind(SyntaxKind.StringLiteralToken))
        {
            var token = literal.Token;
            var offsets = SourceOffsets(token.Text, token.ValueText);
            if (offsets is not null && start >= 0 && start + length <= token.ValueText.Length && length > 0)
            {
                var from = offsets[start];
                var to = offsets[start + length];
                return Location.Create(syntax.SyntaxTree, new Microsoft.CodeAnalysis.Text.TextSpan(token.SpanStart + from, to - from));
            }
        }

        return argument.Syntax.GetLocation();
    }

    /// <summary>For each character of the literal's value (and one past the end), its offset in the
    /// token's source text; null when the literal is not a form this understands or the decoding
    /// does not reproduce the value exactly.</summary>
    internal static int[]? SourceOffsets(string text, string value)
    {
        var verbatim = text.StartsWith("@\"", System.StringComparison.Ordinal);
        var regular = !verbatim && text.StartsWith("\"", System.StringComparison.Ordinal) && !text.StartsWith("\"\"\"", System.StringComparison.Ordinal);
        if ((!verbatim && !regular) || !text.EndsWith("\"", System.StringComparison.Ordinal))
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
