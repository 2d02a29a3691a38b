using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReviewModel.Import;
using ReviewModel.Validation;

namespace ReviewModel.Analyzers.Documents;

/// <summary>
/// Checks review documents added to the project as AdditionalFiles at build: each file is imported
/// with the real text importer (<c>ReviewImporter</c>) and validated with <see cref="ReviewValidator"/> (the library's
/// own code, one definition of every rule), and every finding — the validator's rules and the importer's
/// notes (RMI001–RMI007) alike — is reported at its file, line and column with the catalogue entry's
/// compiler descriptor, so that <c>.globalconfig</c> severities apply.
/// </summary>
/// <remarks>
/// Never throws: a file that cannot be imported gets one RM0100, and anything unexpected in one file
/// is reported as RM0100 on that file; its reason is in the compiler's UI language. Files that are not
/// documents (see <see cref="DocumentFiles"/>) cost nothing.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class ReviewDocumentAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<DiagnosticDescriptor> Supported =
        RuleDiagnostics.Catalogue.Add(RuleDiagnostics.DocumentNotImported).AddRange(RuleDiagnostics.ImportNotes);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Supported;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (DocumentFiles.IsEnabled(start.Options.AnalyzerConfigOptionsProvider))
            {
                start.RegisterAdditionalFileAction(AnalyzeFile);
            }
        });
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        var cancellationToken = context.CancellationToken;
        SourceText? text = null;
        try
        {
            if (!DocumentFiles.IsDocument(file, context.Options.AnalyzerConfigOptionsProvider))
            {
                return;
            }

            text = file.GetText(cancellationToken);
            if (text is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(RuleDiagnostics.DocumentNotImported, Start(file.Path), RuleDiagnostics.Reason("RM0100_Reason_Unreadable")));
                return;
            }

            var imported = TextImport.Import(text.ToString(), ImportOptions.Default.WithFile(file.Path), cancellationToken);
            foreach (var note in imported.Diagnostics)
            {
                if (RuleDiagnostics.ForImportNote(note.Code) is { } noteDescriptor)
                {
                    var at = note.Source is { } source ? At(file.Path, text, source.Line, source.Column, 0) : Start(file.Path);
                    context.ReportDiagnostic(Diagnostic.Create(noteDescriptor, at, note.Arguments.ToArray()));
                }
            }

            var result = new ReviewValidator().Validate(imported.Document, cancellationToken);
            foreach (var finding in result.Findings)
            {
                if (finding.IsWaived || RuleDiagnostics.ForRule(finding.RuleId) is not { } descriptor)
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(descriptor, Locate(file.Path, text, finding.Location), finding.Arguments.ToArray()));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ReviewImportException e)
        {
            var at = e.Line is int line && text is not null ? At(file.Path, text, line, 1, 0) : Start(file.Path);
            // The reason in the UI language when the catalogue has it; the importer's own (bilingual) text otherwise.
            object reason = e.ReasonResource is { } resource ? RuleDiagnostics.Reason(resource) : e.Reason;
            context.ReportDiagnostic(Diagnostic.Create(RuleDiagnostics.DocumentNotImported, at, reason));
        }
        catch (Exception e)
        {
            // One file's trouble never becomes AD0001: say what happened, on that file.
            context.ReportDiagnostic(Diagnostic.Create(
                RuleDiagnostics.DocumentNotImported,
                Start(file.Path),
                RuleDiagnostics.Reason("RM0100_Reason_Unexpected", $"{e.GetType().Name}: {e.Message}")));
        }
    }

    /// <summary>The finding's place in the file: its line and column, spanning the text it is about when known.</summary>
    internal static Location Locate(string path, SourceText text, FindingLocation location)
    {
        if (location.Source is not { } source)
        {
            return Start(path);
        }

        var length = location.Offset is not null && location.Length is int spanLength ? spanLength : 0;
        return At(path, text, source.Line, source.Column, length);
    }

    private static Location At(string path, SourceText text, int line, int column, int length)
    {
        var lines = text.Lines;
        if (lines.Count == 0)
        {
            return Start(path);
        }

        // Positions inside lines joined across hard breaks are approximate: keep them inside the file.
        var lineIndex = Math.Min(Math.Max(line, 1), lines.Count) - 1;
        var textLine = lines[lineIndex];
        var character = Math.Min(Math.Max(column, 1) - 1, textLine.End - textLine.Start);
        var start = textLine.Start + character;
        var end = Math.Min(start + Math.Max(length, 0), textLine.End);
        var span = TextSpan.FromBounds(start, end);
        var lineSpan = new LinePositionSpan(new LinePosition(lineIndex, character), new LinePosition(lineIndex, character + (end - start)));
        return Location.Create(path, span, lineSpan);
    }

    private static Location Start(string path) =>
        Location.Create(path, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
}
