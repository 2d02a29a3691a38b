using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReviewModel.Analyzers.Mapping;
using ReviewModel.Aspects;
using ReviewModel.Building;
using ReviewModel.Model;
using ReviewModel.Validation;

namespace ReviewModel.Analyzers.Replay;

/// <summary>
/// Replays the consumer's builder code for one document into the real <see cref="ReviewDocumentBuilder"/>
/// of ReviewModel.Core, without running the consumer's program: it evaluates what the compiler can know
/// (constants, <c>const</c> fields and locals, constant interpolation, collection expressions,
/// <c>params</c>, arrays and their spreads, <c>LocalDate</c>s, enums, nested lambdas) and follows calls
/// into helper methods, local functions and extension methods of the same compilation (depth-bounded).
/// What it cannot know it marks unknown instead of guessing: an unknown text or ID is replaced by a
/// stand-in so that the positions of the known elements stay right, and a builder that code the replay
/// does not follow may have called is tainted. While replaying it records, for each element's document
/// path, the syntax that declared it (<see cref="SourceMap"/>), and which parts of the document are
/// known exactly (<see cref="KnownParts"/>), which the validator uses to report only what holds.
/// </summary>
/// <remarks>
/// Cost: one evaluation per operation the built document's calls go through, bounded by
/// <see cref="MaxSteps"/>; helper bodies are bound once per compilation (<see cref="MethodBodies"/>).
/// </remarks>
internal sealed partial class DocumentReplay
{
    /// <summary>How deep calls into helpers are followed.</summary>
    public const int MaxDepth = 8;

    /// <summary>How many operations one document's replay may evaluate before it gives up (and reports nothing).</summary>
    public const int MaxSteps = 200_000;

    private const string StandInMark = "\uE000";

    private static int s_faults;

    private readonly KnownTypes _types;
    private readonly MethodBodies _bodies;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<object, BuilderState> _builders = new(ReferenceComparer.Instance);
    private readonly Dictionary<ISymbol, Val> _lazy = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IOperation, HashSet<ILocalSymbol>> _unstable = new();
    private readonly KnownParts _known = new();
    private readonly SourceMap _map;
    private readonly IOperation? _rootBuild;
    private bool _allKnown = true;
    private bool _throws;
    private bool _catalogueUnknown;
    private bool _stop;
    private object? _rootDocument;
    private int _steps;
    private int _depth;
    private int _standIns;

    private DocumentReplay(KnownTypes types, MethodBodies bodies, Location root, IOperation? rootBuild, CancellationToken cancellationToken)
    {
        _types = types;
        _bodies = bodies;
        _map = new SourceMap(root);
        _rootBuild = rootBuild;
        _cancellationToken = cancellationToken;
    }

    /// <summary>How many replays failed on an unexpected exception (and reported nothing); tests assert none.</summary>
    public static int Faults => Volatile.Read(ref s_faults);

    /// <summary>Replays <c>ReviewDocument.Create(describe)</c>.</summary>
    public static ReplayResult? FromCreate(IInvocationOperation create, KnownTypes types, MethodBodies bodies, CancellationToken cancellationToken)
    {
        var replay = new DocumentReplay(types, bodies, NameLocation(create), null, cancellationToken);
        return replay.Guarded(() =>
        {
            var builder = ReviewDocument.CreateBuilder();
            var state = replay.Register(builder, BuilderKind.Document, string.Empty, true, null);
            var describe = create.Arguments.Length == 1 ? replay.Eval(create.Arguments[0].Value, new Frame(null)) : Val.Unknown;
            replay.Describe(describe, state);
            return replay.Finish(state);
        });
    }

    /// <summary>Replays the document that <c>Build()</c> or <c>BuildLenient()</c> builds, when its builder comes
    /// from <c>ReviewDocument.CreateBuilder()</c> (in the chain, in a local of the same block, or from a helper).</summary>
    public static ReplayResult? FromBuild(IInvocationOperation build, KnownTypes types, MethodBodies bodies, CancellationToken cancellationToken)
    {
        var replay = new DocumentReplay(types, bodies, NameLocation(build), build, cancellationToken);
        return replay.Guarded(() =>
        {
            if (ChainRoot(build.Instance) is ILocalReferenceOperation { Local: var local })
            {
                if (!replay.RunBlockUpTo(build, local))
                {
                    return null;
                }
            }
            else
            {
                replay.Eval(build, new Frame(null));
            }

            return replay._rootDocument is { } document && replay._builders.TryGetValue(document, out var state) && state.Kind == BuilderKind.Document
                ? replay.Finish(state)
                : null;
        });
    }

    /// <summary>The location of the called method's name (<c>Create</c>, <c>Build</c>, <c>Problems</c>).</summary>
    internal static Location NameLocation(IInvocationOperation invocation) => NameNode(invocation).GetLocation();

    private static SyntaxNode NameNode(IInvocationOperation invocation) => invocation.Syntax switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name,
        InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } => binding.Name,
        InvocationExpressionSyntax { Expression: SimpleNameSyntax name } => name,
        _ => invocation.Syntax,
    };

    private static IOperation? Unwrap(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation { OperatorMethod: null } conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    private static IOperation? ChainRoot(IOperation? operation)
    {
        operation = Unwrap(operation);
        while (operation is IInvocationOperation { Instance: not null } invocation)
        {
            operation = Unwrap(invocation.Instance);
        }

        return operation;
    }

    private ReplayResult? Guarded(Func<ReplayResult?> replay)
    {
        try
        {
            return replay();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (ReplayAbandoned)
        {
            return null; // too large to replay within the budget: say nothing rather than guess
        }
#pragma warning disable CA1031 // An analyzer never throws: an unexpected failure reports nothing, and is counted for the tests.
        catch (Exception)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref s_faults);
            return null;
        }
    }

    /// <summary>Runs the statements of the block that declares the builder local, from its declaration to
    /// the statement that builds it; false when the build is reached conditionally or in a lambda.</summary>
    private bool RunBlockUpTo(IInvocationOperation build, ILocalSymbol local)
    {
        IOperation statement = build;
        IBlockOperation? block = null;
        for (var current = build.Parent; current is not null; current = current.Parent)
        {
            if (current is IBlockOperation candidate && System.Linq.Enumerable.Contains(candidate.Locals, local, SymbolEqualityComparer.Default))
            {
                block = candidate;
                break;
            }

            if (current is not (IInvocationOperation or IArgumentOperation or IConversionOperation or IExpressionStatementOperation
                or IVariableDeclaratorOperation or IVariableDeclarationOperation or IVariableDeclarationGroupOperation
                or IVariableInitializerOperation or IReturnOperation or ISimpleAssignmentOperation or IParenthesizedOperation))
            {
                return false;
            }

            statement = current;
        }

        if (block is null)
        {
            return false;
        }

        var frame = new Frame(null);
        var declared = false;
        var returned = Val.Unknown;
        foreach (var operation in block.Operations)
        {
            if (!declared)
            {
                declared = operation is IVariableDeclarationGroupOperation group && Declares(group, local);
                if (!declared)
                {
                    continue;
                }
            }

            Exec(operation, frame, ref returned);
            if (_stop || ReferenceEquals(operation, statement))
            {
                break;
            }
        }

        return declared;
    }

    private static bool Declares(IVariableDeclarationGroupOperation group, ILocalSymbol local)
    {
        foreach (var declaration in group.Declarations)
        {
            foreach (var declarator in declaration.Declarators)
            {
                if (SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private BuilderState Register(object builder, BuilderKind kind, string path, bool exact, BuilderState? parent)
    {
        if (!_builders.TryGetValue(builder, out var state))
        {
            state = new BuilderState(builder, kind, path, exact, parent);
            _builders.Add(builder, state);
        }

        return state;
    }

    private bool IsBuilder(object? value) => value is not null && _builders.ContainsKey(value);

    private string StandIn()
    {
        _allKnown = false;
        return $"{StandInMark}{++_standIns}{StandInMark}";
    }

    private void Step()
    {
        if (++_steps > MaxSteps)
        {
            throw new ReplayAbandoned();
        }

        if ((_steps & 255) == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Builds the replayed document and works out what of it is known.</summary>
    private ReplayResult? Finish(BuilderState document)
    {
        var builder = (ReviewDocumentBuilder)document.Builder;
        var header = HeaderOf(builder);
        var filledIn = false;
        if (_catalogueUnknown && header is not null && header.CatalogueValue is null)
        {
            header.Aspects(StandInCatalogue.Value); // aspect numbers stay valid; RM0002 (whole document) does not run
        }

        ReviewDocument built;
        try
        {
            built = builder.BuildLenient();
        }
        catch (ReviewBuildException)
        {
            // The header is not complete (yet, while typing, or by code not followed): fill it in with
            // stand-ins, so that what is known of the elements can still be checked; nothing that needs the
            // header or the whole document runs.
            if (header is null)
            {
                return null;
            }

            try
            {
                if (header.TitleValue is null)
                {
                    header.Title(StandIn());
                }

                if (header.SubjectValue is null)
                {
                    header.LeadershipTeam(StandIn(), StandIn());
                }

                if (header.CatalogueValue is null)
                {
                    header.Aspects(StandInCatalogue.Value);
                }

                built = builder.BuildLenient();
                filledIn = true;
            }
            catch (ReviewBuildException)
            {
                return null; // e.g. an aspect number the catalogue does not have: the program throws
            }
        }

        var tainted = false;
        BuilderState? headerState = null;
        foreach (var state in _builders.Values)
        {
            if (!ReferenceEquals(RootOf(state), document))
            {
                continue;
            }

            tainted |= state.Tainted;
            if (state.Kind == BuilderKind.Header)
            {
                headerState = state;
            }

            if (state.Kind is BuilderKind.Problem or BuilderKind.Cause or BuilderKind.Measure
                && state.PathExact && !state.Tainted && !state.ContentUnknown && state.IdKnown
                && (state.Kind != BuilderKind.Problem || state.Parent is { Tainted: false, ContentUnknown: false }))
            {
                _known.AddComplete(state.Path);
            }
        }

        if (document.MayWaive)
        {
            _known.AddUnknownWaiver(null);
        }

        _known.HeaderKnown = !filledIn && !document.Tainted && (headerState is null || (!headerState.Tainted && !headerState.ContentUnknown));
        _known.Complete = _allKnown && !_throws && !tainted && !filledIn && !_catalogueUnknown && !document.MayWaive;
        return new ReplayResult(built, _known, _map);
    }

    private static BuilderState RootOf(BuilderState state)
    {
        while (state.Parent is not null)
        {
            state = state.Parent;
        }

        return state;
    }

    private HeaderBuilder? HeaderOf(ReviewDocumentBuilder builder)
    {
        foreach (var state in _builders.Values)
        {
            if (state.Kind == BuilderKind.Header && state.Parent is { } parent && ReferenceEquals(parent.Builder, builder))
            {
                return (HeaderBuilder)state.Builder;
            }
        }

        HeaderBuilder? header = null;
        try
        {
            builder.Header(h => header = h);
        }
        catch (ReviewBuildException)
        {
        }

        return header;
    }

    /// <summary>Thrown when the replay exceeds its budget.</summary>
    private sealed class ReplayAbandoned : Exception
    {
    }

    /// <summary>A catalogue standing in for one the replay cannot know, with enough aspects for any number.</summary>
    private static class StandInCatalogue
    {
        public static readonly AspectCatalogue Value = Create();

        private static AspectCatalogue Create()
        {
            var titles = new string[99];
            for (var i = 0; i < titles.Length; i++)
            {
                titles[i] = StandInMark + i;
            }

            return AspectCatalogue.FromTitles(StandInMark, null, StandInMark, titles);
        }
    }
}

/// <summary>The replayed document, what is known of it, and where its parts were declared.</summary>
internal sealed class ReplayResult
{
    public ReplayResult(ReviewDocument document, KnownParts known, SourceMap map)
    {
        Document = document;
        Known = known;
        Map = map;
    }

    public ReviewDocument Document { get; }

    public KnownParts Known { get; }

    public SourceMap Map { get; }
}
