using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReviewModel.Aspects;
using ReviewModel.Model;

namespace ReviewModel.Analyzers;

/// <summary>
/// Reads one document's builder code — the lambda of <c>ReviewDocument.Create(d => …)</c>, or the
/// calls on a <c>ReviewDocument.CreateBuilder()</c> local up to its <c>Build()</c> — into
/// <see cref="DocumentFacts"/>. It follows only what it fully understands: chains of library builder
/// calls rooted at the lambda's parameter (or the local), with lambdas as the <c>describe</c>
/// arguments. Anything else — a loop, a helper that receives a builder, a non-constant ID — makes
/// the facts incomplete, and the rules that need the whole document then stay silent.
/// </summary>
internal sealed class DocumentWalker
{
    private static readonly Dictionary<string, AspectCatalogue> BuiltInCatalogues = typeof(AspectCatalogues)
        .GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(p => p.PropertyType == typeof(AspectCatalogue))
        .ToDictionary(p => p.Name, p => (AspectCatalogue)p.GetValue(null)!, System.StringComparer.Ordinal);

    private readonly KnownTypes _types;
    private readonly DocumentFacts _facts = new();
    private readonly HashSet<IOperation> _consumed = new();
    private readonly CancellationToken _cancellationToken;
    private int _causes;
    private int _measures;

    private DocumentWalker(KnownTypes types, CancellationToken cancellationToken)
    {
        _types = types;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Reads the document described by <c>ReviewDocument.Create(describe)</c>.</summary>
    public static DocumentFacts FromCreate(IInvocationOperation create, KnownTypes types, CancellationToken cancellationToken)
    {
        var walker = new DocumentWalker(types, cancellationToken);
        walker._facts.BuildLocation = NameLocation(create);
        var describe = create.Arguments.Length == 1 ? create.Arguments[0].Value : null;
        walker.WalkLambda(describe, BuilderKind.Document, Frame.Root);
        walker.CheckEscapes(create, null);
        return walker._facts;
    }

    /// <summary>Reads the document built by <paramref name="build"/> (<c>Build()</c> or
    /// <c>BuildLenient()</c>), or returns null when the builder does not come from a
    /// <c>ReviewDocument.CreateBuilder()</c> the walker can follow.</summary>
    public static DocumentFacts? FromBuild(IInvocationOperation build, KnownTypes types, CancellationToken cancellationToken)
    {
        var root = Root(build.Instance);
        var walker = new DocumentWalker(types, cancellationToken);
        walker._facts.BuildLocation = NameLocation(build);
        if (root is IInvocationOperation createBuilder && walker.IsCreateBuilder(createBuilder))
        {
            walker.WalkChain(build.Instance!, null, BuilderKind.Document, Frame.Root);
            walker.CheckEscapes(build, null);
            return walker._facts;
        }

        if (root is not ILocalReferenceOperation { Local: var local })
        {
            return null;
        }

        // The block that declares the local, and the statement of it that calls Build().
        IOperation? statement = build;
        IBlockOperation? block = null;
        for (var current = build.Parent; current is not null; current = current.Parent)
        {
            if (current is IBlockOperation candidate && candidate.Locals.Contains(local, SymbolEqualityComparer.Default))
            {
                block = candidate;
                break;
            }

            if (current is not (IInvocationOperation or IArgumentOperation or IConversionOperation or IExpressionStatementOperation
                or IVariableDeclaratorOperation or IVariableDeclarationOperation or IVariableDeclarationGroupOperation
                or IVariableInitializerOperation or IReturnOperation or ISimpleAssignmentOperation))
            {
                return null; // Build() is reached conditionally, or in a lambda: do not guess
            }

            statement = current;
        }

        if (block is null || statement is null)
        {
            return null;
        }

        var declared = false;
        foreach (var operation in block.Operations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!declared)
            {
                if (operation is IVariableDeclarationGroupOperation group && DeclaresFromCreateBuilder(group, local, walker))
                {
                    declared = true;
                }

                continue;
            }

            if (ReferenceEquals(operation, statement))
            {
                walker.WalkChain(build.Instance!, local, BuilderKind.Document, Frame.Root);
                break;
            }

            if (!operation.Descendants().Any(o => o is ILocalReferenceOperation r && SymbolEqualityComparer.Default.Equals(r.Local, local)))
            {
                continue;
            }

            if (operation is IExpressionStatementOperation expression)
            {
                walker.WalkChain(expression.Operation, local, BuilderKind.Document, Frame.Root);
            }
            else
            {
                walker.Incomplete(BuilderKind.Document, Frame.Root);
            }
        }

        if (!declared)
        {
            return null;
        }

        walker.CheckEscapes(block, local);
        return walker._facts;
    }

    private static bool DeclaresFromCreateBuilder(IVariableDeclarationGroupOperation group, ILocalSymbol local, DocumentWalker walker)
    {
        foreach (var declaration in group.Declarations)
        {
            foreach (var declarator in declaration.Declarators)
            {
                if (SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
                {
                    var initializer = declarator.Initializer?.Value ?? declaration.Initializer?.Value;
                    return Unwrap(initializer) is IInvocationOperation invocation && walker.IsCreateBuilder(invocation);
                }
            }
        }

        return false;
    }

    private bool IsCreateBuilder(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name == "CreateBuilder" && invocation.TargetMethod.IsStatic
        && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, _types.ReviewDocument);

    /// <summary>The location of the called method's name (<c>Create</c>, <c>Build</c>).</summary>
    internal static Location NameLocation(IInvocationOperation invocation) => invocation.Syntax switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name.GetLocation(),
        InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } => binding.Name.GetLocation(),
        InvocationExpressionSyntax { Expression: SimpleNameSyntax name } => name.GetLocation(),
        _ => invocation.Syntax.GetLocation(),
    };

    private static IOperation? Unwrap(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation { IsImplicit: true } conversion:
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

    private static IOperation? Root(IOperation? operation)
    {
        operation = Unwrap(operation);
        while (operation is IInvocationOperation { Instance: not null } invocation)
        {
            operation = Unwrap(invocation.Instance);
        }

        return operation;
    }

    private void Incomplete(BuilderKind kind, Frame frame)
    {
        _facts.Complete = false;
        if (kind == BuilderKind.Header || kind == BuilderKind.Document)
        {
            _facts.HeaderKnown = false;
        }

        if (frame.Group is not null)
        {
            frame.Group.Known = false;
        }
    }

    private void WalkLambda(IOperation? value, BuilderKind kind, Frame frame)
    {
        value = Unwrap(value);
        if (value is IDelegateCreationOperation creation)
        {
            value = Unwrap(creation.Target);
        }

        if (value is not IAnonymousFunctionOperation { Body: { } body } lambda || lambda.Symbol.Parameters.Length != 1)
        {
            Incomplete(kind, frame);
            return;
        }

        var parameter = lambda.Symbol.Parameters[0];
        foreach (var operation in body.Operations)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IReturnOperation { ReturnedValue: null }:
                case IEmptyOperation:
                    break;
                case IReturnOperation { ReturnedValue: { } returned }:
                    WalkChain(returned, parameter, kind, frame);
                    break;
                case IExpressionStatementOperation statement:
                    WalkChain(statement.Operation, parameter, kind, frame);
                    break;
                default:
                    Incomplete(kind, frame);
                    break;
            }
        }
    }

    /// <summary>Follows <c>root.A(…).B(…)…</c>; <paramref name="root"/> null means a <c>CreateBuilder()</c> call.</summary>
    private void WalkChain(IOperation expression, ISymbol? root, BuilderKind kind, Frame frame)
    {
        var calls = new List<IInvocationOperation>();
        var current = Unwrap(expression);
        while (current is IInvocationOperation invocation)
        {
            if (root is null && IsCreateBuilder(invocation))
            {
                break;
            }

            if (invocation.Instance is null)
            {
                Incomplete(kind, frame); // an extension or static method: unknown effect
                return;
            }

            calls.Add(invocation);
            current = Unwrap(invocation.Instance);
        }

        var rooted = current switch
        {
            IParameterReferenceOperation p => root is not null && SymbolEqualityComparer.Default.Equals(p.Parameter, root),
            ILocalReferenceOperation l => root is not null && SymbolEqualityComparer.Default.Equals(l.Local, root),
            IInvocationOperation i => root is null && IsCreateBuilder(i),
            _ => false,
        };
        if (!rooted || current is null)
        {
            Incomplete(kind, frame);
            return;
        }

        _consumed.Add(current);
        var receiverKind = kind;
        for (var i = calls.Count - 1; i >= 0; i--)
        {
            var call = calls[i];
            if (!_types.IsLibrary(call.TargetMethod) || _types.KindOf(call.Instance!.Type) != receiverKind)
            {
                Incomplete(receiverKind, frame);
                return;
            }

            if (!Handle(call, receiverKind, frame))
            {
                Incomplete(receiverKind, frame);
                return;
            }

            if (_types.KindOf(call.Type) is not { } next)
            {
                return; // Build(): the chain ends with the document
            }

            receiverKind = next;
        }
    }

    private bool Handle(IInvocationOperation call, BuilderKind kind, Frame frame)
    {
        var name = call.TargetMethod.Name;
        switch (kind)
        {
            case BuilderKind.Document:
                return HandleDocument(call, name, frame);
            case BuilderKind.Header:
                return HandleHeader(call, name);
            case BuilderKind.Preparation:
            case BuilderKind.Rectification:
                if (name is "Step" or "Item" or "Intro" or "Closing")
                {
                    MarkContent(frame);
                    return true;
                }

                return name is "Heading" or "StudySessions" or "OpinionsSolicited" or "TalksHeld";
            case BuilderKind.ProblemSection:
                return HandleProblemSection(call, name, frame);
            case BuilderKind.AspectGroup:
                return HandleGroup(call, name, frame);
            case BuilderKind.Problem:
                return name == "Example";
            case BuilderKind.CauseSection:
                if (name == "Cause")
                {
                    var declaration = Declare(call, ElementKind.Cause, $"causes[{_causes++}]", null);
                    MarkContent(frame);
                    WalkOptional(call, BuilderKind.Cause, frame.WithOwner(declaration));
                    return true;
                }

                return name is "Heading" or "Intro" or "Closing" or "HalfWidthNumbers";
            case BuilderKind.Cause:
                return name == "Explains" && Links(call, "explains", ElementKind.Problem, frame);
            case BuilderKind.MeasureSection:
                if (name == "Measure")
                {
                    var declaration = Declare(call, ElementKind.Measure, $"measures[{_measures++}]", null);
                    MarkContent(frame);
                    WalkOptional(call, BuilderKind.Measure, frame.WithOwner(declaration));
                    return true;
                }

                return name is "Heading" or "Intro" or "Closing" or "HalfWidthNumbers";
            case BuilderKind.Measure:
                return HandleMeasure(call, name, frame);
            case BuilderKind.CustomSection:
                return name is "Heading" or "Paragraph";
            default:
                return false;
        }
    }

    private bool HandleDocument(IInvocationOperation call, string name, Frame frame)
    {
        switch (name)
        {
            case "Header":
                WalkLambda(Argument(call, "describe"), BuilderKind.Header, frame);
                return true;
            case "Preamble":
            case "Build":
            case "BuildLenient":
                return true;
            case "Preparation":
                return Section(call, SectionKind.Preparation, BuilderKind.Preparation);
            case "LastYearRectification":
                return Section(call, SectionKind.LastYearRectification, BuilderKind.Rectification);
            case "Problems":
                return Section(call, SectionKind.Problems, BuilderKind.ProblemSection);
            case "Causes":
                return Section(call, SectionKind.Causes, BuilderKind.CauseSection);
            case "Measures":
                return Section(call, SectionKind.Measures, BuilderKind.MeasureSection);
            case "Section":
                WalkLambda(Argument(call, "describe"), BuilderKind.CustomSection, frame);
                return true;
            case "Waive":
                if (Constant(Argument(call, "ruleId")) is { } rule && Constant(Argument(call, "target")) is { } target)
                {
                    _facts.Waivers.Add((rule, target));
                }
                else
                {
                    _facts.WaiversUnknown = true;
                }

                return true;
            default:
                return false;
        }
    }

    private bool Section(IInvocationOperation call, SectionKind section, BuilderKind builder)
    {
        if (_facts.Sections.ContainsKey(section))
        {
            return false; // the library throws: a document has one section of each kind
        }

        _facts.Sections[section] = false;
        WalkLambda(Argument(call, "describe"), builder, Frame.Root.WithSection(section));
        return true;
    }

    private bool HandleHeader(IInvocationOperation call, string name)
    {
        switch (name)
        {
            case "Title":
            case "Theme":
            case "Notice":
                return true;
            case "LeadershipTeam":
                _facts.Subject = SubjectKind.LeadershipTeam;
                return true;
            case "Individual":
                _facts.Subject = SubjectKind.Individual;
                return true;
            case "DemocraticLifeMeeting":
                _facts.Meeting = MeetingKind.DemocraticLife;
                return true;
            case "OrganisationalLifeMeeting":
                _facts.Meeting = MeetingKind.OrganisationalLife;
                return true;
            case "MeetingDate":
                _facts.MeetingDate = ConstantDate.From(Argument(call, "date"), _types.LocalDate);
                return true;
            case "Aspects":
                var argument = Argument(call, "catalogue");
                _facts.CatalogueLocation = argument?.Syntax.GetLocation();
                if (Unwrap(argument) is IPropertyReferenceOperation { Instance: null, Property: var property }
                    && SymbolEqualityComparer.Default.Equals(property.ContainingType, _types.AspectCatalogues)
                    && BuiltInCatalogues.TryGetValue(property.Name, out var catalogue))
                {
                    _facts.Catalogue = catalogue;
                }
                else
                {
                    _facts.CatalogueKnown = false;
                }

                return true;
            default:
                _facts.HeaderKnown = false;
                return false;
        }
    }

    private bool HandleProblemSection(IInvocationOperation call, string name, Frame frame)
    {
        GroupFact group;
        switch (name)
        {
            case "Heading":
            case "Intro":
            case "Closing":
            case "HalfWidthNumbers":
                return true;
            case "Aspect":
                var number = Argument(call, "number")?.ConstantValue;
                group = number is { HasValue: true, Value: int n }
                    ? new GroupFact(_facts.Groups.Count, n, true, false)
                    : new GroupFact(_facts.Groups.Count, null, false, false);
                break;
            case "CustomAspect":
                group = new GroupFact(_facts.Groups.Count, null, true, false) { HasHeading = HasText(Argument(call, "heading")) };
                break;
            case "Ungrouped":
                group = new GroupFact(_facts.Groups.Count, null, true, false);
                break;
            default:
                return false;
        }

        _facts.Groups.Add(group);
        WalkLambda(Argument(call, "describe"), BuilderKind.AspectGroup, frame.WithGroup(group));
        return true;
    }

    private bool HandleGroup(IInvocationOperation call, string name, Frame frame)
    {
        if (frame.Group is not { } group)
        {
            return false;
        }

        switch (name)
        {
            case "Heading":
                group.HasHeading = HasText(Argument(call, "heading"));
                return true;
            case "Inline":
            case "Intro":
            case "Closing":
                return true;
            case "Problem":
                Declare(call, ElementKind.Problem, $"{group.Path}.problems[{group.ProblemCount++}]", group);
                MarkContent(frame);
                WalkOptional(call, BuilderKind.Problem, frame);
                return true;
            default:
                return false;
        }
    }

    private bool HandleMeasure(IInvocationOperation call, string name, Frame frame)
    {
        switch (name)
        {
            case "Addresses":
                return Links(call, "addresses", ElementKind.Problem, frame);
            case "Remedies":
                return Links(call, "remedies", ElementKind.Cause, frame);
            case "Deadline":
                var argument = Argument(call, "date");
                if (frame.Owner is not null && argument is not null && ConstantDate.From(argument, _types.LocalDate) is { } date)
                {
                    _facts.Deadlines.Add(new DeadlineFact(frame.Owner, date, argument.Syntax.GetLocation()));
                }

                return true;
            case "Item":
            case "ItemsAsParagraphs":
            case "Owner":
            case "OwningUnit":
            case "LongTerm":
            case "Standard":
                return true;
            default:
                return false;
        }
    }

    private void MarkContent(Frame frame)
    {
        if (frame.Section is { } section)
        {
            _facts.Sections[section] = true;
        }
    }

    private DeclarationFact? Declare(IInvocationOperation call, ElementKind kind, string path, GroupFact? group)
    {
        var argument = Argument(call, "id");
        if (argument is null || Constant(argument) is not { } id || id.Trim().Length == 0)
        {
            _facts.Complete = false;
            return null;
        }

        var declaration = new DeclarationFact(id, kind, path, argument.Syntax.GetLocation(), group);
        _facts.Declarations.Add(declaration);
        return declaration;
    }

    private void WalkOptional(IInvocationOperation call, BuilderKind kind, Frame frame)
    {
        var describe = call.Arguments.FirstOrDefault(a => a.Parameter?.Name == "describe");
        if (describe is null || describe.ArgumentKind == ArgumentKind.DefaultValue
            || Unwrap(describe.Value) is { ConstantValue: { HasValue: true, Value: null } })
        {
            return;
        }

        WalkLambda(describe.Value, kind, frame);
    }

    private bool Links(IInvocationOperation call, string field, ElementKind target, Frame frame)
    {
        var argument = call.Arguments.Length == 1 ? call.Arguments[0] : null;
        ImmutableArray<IOperation>? values = null;
        if (argument is not null && Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } initializer })
        {
            values = initializer.ElementValues;
        }

        if (frame.Owner is null || values is not { } elements)
        {
            _facts.Complete = false;
            return true;
        }

        foreach (var element in elements)
        {
            if (Constant(element) is not { } id || id.Trim().Length == 0)
            {
                _facts.Complete = false;
                continue;
            }

            var index = frame.Owner.NextLinkIndex(field);
            _facts.Links.Add(new LinkFact(id, field, target, frame.Owner, $"{frame.Owner.Path}.{field}[{index}]", element.Syntax.GetLocation()));
        }

        return true;
    }

    private static IOperation? Argument(IInvocationOperation call, string parameter)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Name == parameter)
            {
                return argument.ArgumentKind == ArgumentKind.DefaultValue ? null : argument.Value;
            }
        }

        return null;
    }

    private static string? Constant(IOperation? operation) =>
        operation?.ConstantValue is { HasValue: true, Value: string value } ? value : null;

    private static bool? HasText(IOperation? operation) =>
        Constant(operation) is { } text ? text.Trim().Length > 0 : null;

    /// <summary>Every builder that is referenced must have been followed: otherwise it escaped into
    /// code the walker does not read (a helper method, a field, a loop).</summary>
    private void CheckEscapes(IOperation scope, ILocalSymbol? local)
    {
        foreach (var operation in scope.Descendants())
        {
            var escaped = operation switch
            {
                IParameterReferenceOperation p => _types.KindOf(p.Type) is not null && !_consumed.Contains(p),
                ILocalReferenceOperation l => (_types.KindOf(l.Type) is not null || SymbolEqualityComparer.Default.Equals(l.Local, local))
                    && !_consumed.Contains(l),
                _ => false,
            };
            if (escaped)
            {
                _facts.Complete = false;
                _facts.HeaderKnown = false;
                return;
            }
        }
    }

    /// <summary>Where the walker is: the section, aspect group and declared element (cause, measure).</summary>
    private sealed class Frame
    {
        public static readonly Frame Root = new(null, null, null);

        private Frame(SectionKind? section, GroupFact? group, DeclarationFact? owner)
        {
            Section = section;
            Group = group;
            Owner = owner;
        }

        public SectionKind? Section { get; }

        public GroupFact? Group { get; }

        public DeclarationFact? Owner { get; }

        public Frame WithSection(SectionKind section) => new(section, null, null);

        public Frame WithGroup(GroupFact group) => new(Section, group, null);

        public Frame WithOwner(DeclarationFact? owner) => new(Section, Group, owner);
    }
}
