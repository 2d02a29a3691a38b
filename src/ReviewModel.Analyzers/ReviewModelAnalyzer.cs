using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ReviewModel.Analyzers.Replay;
using ReviewModel.Model;
using ReviewModel.Validation;

namespace ReviewModel.Analyzers;

/// <summary>
/// The C# front end of the validator. For each document built in code —
/// <c>ReviewDocument.Create(d => …)</c>, or <c>Build()</c>/<c>BuildLenient()</c> of a
/// <c>ReviewDocument.CreateBuilder()</c> — it replays the builder calls into the real builder
/// (<see cref="DocumentReplay"/>), runs the real <see cref="ReviewValidator"/> on the result, and reports
/// each finding at the syntax that declared it. Where part of the document cannot be known at compile
/// time, only the rules whose needs are met are reported (<see cref="RuleNeeds"/>); every rule of the
/// catalogue (RM0001–RM0016) appears wherever it is knowable.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReviewModelAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property that names the section RM0001 is about (for the code fix).</summary>
    public const string SectionProperty = "Section";

    /// <summary>The diagnostic property set when the section exists but is empty (for the code fix).</summary>
    public const string EmptyProperty = "Empty";

    /// <summary>The diagnostic property that suggests a free ID (for the code fixes).</summary>
    public const string SuggestedIdProperty = "SuggestedId";

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

            var bodies = new MethodBodies(start.Compilation);
            var reported = new ConcurrentDictionary<(string, Location, string), byte>();
            start.RegisterOperationAction(c => OnInvocation(c, types, bodies, reported), OperationKind.Invocation);
        });
    }

    private static void OnInvocation(OperationAnalysisContext context, KnownTypes types, MethodBodies bodies, ConcurrentDictionary<(string, Location, string), byte> reported)
    {
        var call = (IInvocationOperation)context.Operation;
        var method = call.TargetMethod;
        ReplayResult? result = null;
        if (method.IsStatic && method.Name == "Create" && method.Parameters.Length == 1 && KnownTypes.Is(method.ContainingType, types.ReviewDocument))
        {
            result = DocumentReplay.FromCreate(call, types, bodies, context.CancellationToken);
        }
        else if (!method.IsStatic && method.Name is "Build" or "BuildLenient" && method.Parameters.IsEmpty
            && types.KindOf(call.Instance?.Type) == BuilderKind.Document && !IsInsideCreate(call, types))
        {
            result = DocumentReplay.FromBuild(call, types, bodies, context.CancellationToken);
        }

        if (result is not null)
        {
            Report(result, context, reported);
        }
    }

    private static void Report(ReplayResult result, OperationAnalysisContext context, ConcurrentDictionary<(string, Location, string), byte> reported)
    {
        var options = ValidationOptions.Default.WithKnownParts(result.Known);
        var findings = new ReviewValidator(options).Validate(result.Document, context.CancellationToken).Findings;
        HashSet<string>? ids = null;
        foreach (var finding in findings)
        {
            if (finding.IsWaived || RuleDiagnostics.ForRule(finding.RuleId) is not { } descriptor)
            {
                continue;
            }

            var location = finding.RuleId == RuleCatalogue.AspectWithoutProblem.Id
                ? result.Map.Locate(new FindingLocation("header.catalogue"))
                : result.Map.Locate(finding.Location);
            var properties = Properties(finding, result, ref ids);
            var arguments = finding.Arguments.ToArray();
            var diagnostic = Diagnostic.Create(descriptor, location, properties, arguments);

            // A helper shared by several documents: one diagnostic per place and message.
            if (reported.TryAdd((finding.RuleId, location, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), 0))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    /// <summary>What the code fixes need: the section RM0001 is about, and a free ID.</summary>
    private static ImmutableDictionary<string, string?>? Properties(Finding finding, ReplayResult result, ref HashSet<string>? ids)
    {
        if (finding.RuleId == RuleCatalogue.DuplicateId.Id && finding.Location.ElementId is { } duplicate)
        {
            ids ??= Ids(result.Document);
            return ImmutableDictionary<string, string?>.Empty.Add(SuggestedIdProperty, FreeId(duplicate + "-", 2, ids));
        }

        if (finding.RuleId == RuleCatalogue.RequiredSectionMissing.Id && SectionOf(finding.Location.Path) is { } section)
        {
            ids ??= Ids(result.Document);
            var prefix = section switch
            {
                SectionKind.Problems => "P",
                SectionKind.Causes => "C",
                SectionKind.Measures => "M",
                _ => null,
            };
            return ImmutableDictionary<string, string?>.Empty
                .Add(SectionProperty, section.ToString())
                .Add(EmptyProperty, result.Map.Has(finding.Location.Path) ? "true" : null)
                .Add(SuggestedIdProperty, prefix is null ? null : FreeId(prefix, 1, ids));
        }

        return null;
    }

    private static SectionKind? SectionOf(string path) => path switch
    {
        "preparation" => SectionKind.Preparation,
        "lastYear" => SectionKind.LastYearRectification,
        "problems" => SectionKind.Problems,
        "causes" => SectionKind.Causes,
        "measures" => SectionKind.Measures,
        _ => null,
    };

    private static HashSet<string> Ids(ReviewDocument document)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        ids.UnionWith(document.AllProblems.Select(p => p.Id));
        ids.UnionWith(document.AllCauses.Select(c => c.Id));
        ids.UnionWith(document.AllMeasures.Select(m => m.Id));
        return ids;
    }

    /// <summary>The first of <c>prefix2</c>, <c>prefix3</c>… (from <paramref name="from"/>) not taken; taken from then on.</summary>
    private static string FreeId(string prefix, int from, HashSet<string> taken)
    {
        for (var n = from; ; n++)
        {
            var candidate = prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    // Build() on the builder of Create(d => …) itself is not a separate document.
    private static bool IsInsideCreate(IInvocationOperation call, KnownTypes types)
    {
        for (var parent = call.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IInvocationOperation { TargetMethod: { Name: "Create", IsStatic: true } method }
                && KnownTypes.Is(method.ContainingType, types.ReviewDocument))
            {
                return true;
            }
        }

        return false;
    }
}
