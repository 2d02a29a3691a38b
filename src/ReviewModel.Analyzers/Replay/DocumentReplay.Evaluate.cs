using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using NodaTime;
using ReviewModel.Aspects;
using ReviewModel.Model;

namespace ReviewModel.Analyzers.Replay;

/// <summary>The evaluation of expressions and statements: what the replay can know, and what it marks unknown.</summary>
internal sealed partial class DocumentReplay
{
    private static readonly Dictionary<string, AspectCatalogue> BuiltInCatalogues = typeof(AspectCatalogues)
        .GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(p => p.PropertyType == typeof(AspectCatalogue))
        .ToDictionary(p => p.Name, p => (AspectCatalogue)p.GetValue(null)!, StringComparer.Ordinal);

    private Val Eval(IOperation? operation, Frame frame)
    {
        if (operation is null || _stop)
        {
            return Val.Unknown;
        }

        Step();
        if (operation.Syntax is CollectionExpressionSyntax collection)
        {
            return Collection(collection, operation, frame);
        }

        if (operation.ConstantValue.HasValue)
        {
            return Constant(operation);
        }

        switch (operation)
        {
            case IConversionOperation { OperatorMethod: null } conversion:
                return Eval(conversion.Operand, frame);
            case IParenthesizedOperation parenthesized:
                return Eval(parenthesized.Operand, frame);
            case IParameterReferenceOperation parameter:
                return frame.TryGet(parameter.Parameter, out var value) ? value : Val.Unknown;
            case ILocalReferenceOperation local:
                return frame.TryGet(local.Local, out var localValue) ? localValue : Lazy(local);
            case IFieldReferenceOperation field:
                return StaticReadonly(field);
            case IPropertyReferenceOperation { Instance: null, Property: var property }
                when KnownTypes.Is(property.ContainingType, _types.AspectCatalogues) && BuiltInCatalogues.TryGetValue(property.Name, out var catalogue):
                return Val.Of(catalogue, operation.Syntax);
            case IObjectCreationOperation creation when KnownTypes.Is(creation.Type, _types.LocalDate):
                return Date(creation, frame);
            case IArrayCreationOperation array:
                return Array(array, frame);
            case IInvocationOperation invocation:
                return Invoke(invocation, frame);
            case IAnonymousFunctionOperation lambda:
                return Val.Of(new Closure(lambda, null, frame), operation.Syntax);
            case IDelegateCreationOperation delegateCreation:
                return Eval(delegateCreation.Target, frame);
            case IMethodReferenceOperation method:
                return Val.Of(new Closure(null, method.Method, frame), operation.Syntax);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, OperatorMethod: null } binary
                when binary.Type?.SpecialType == SpecialType.System_String:
                return Concatenation(binary, frame);
            case IInterpolatedStringOperation interpolated:
                return Interpolation(interpolated, frame);
            default:
                Unknown(operation, frame);
                return Val.Unknown;
        }
    }

    /// <summary>Code the replay does not understand: the builders it reaches may have been called.</summary>
    private void Unknown(IOperation operation, Frame frame)
    {
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            var symbol = descendant switch
            {
                IParameterReferenceOperation p => (ISymbol)p.Parameter,
                ILocalReferenceOperation l => l.Local,
                _ => null,
            };
            if (symbol is not null && frame.TryGet(symbol, out var value))
            {
                Escape(value, operation);
            }
        }
    }

    /// <summary>A value reaches code the replay does not follow.</summary>
    private void Escape(Val value, IOperation where)
    {
        if (!value.Known)
        {
            return;
        }

        if (value.Value is { } builder && _builders.TryGetValue(builder, out var state))
        {
            Taint(state, where);
        }
        else if (value.Items is { } items)
        {
            foreach (var item in items)
            {
                Escape(item, where);
            }
        }
        else if (value.Value is Closure { Lambda: { } lambda, Captured: { } captured })
        {
            Unknown(lambda, captured);
        }
    }

    private void Taint(BuilderState state, IOperation? where)
    {
        state.Tainted = true;
        _allKnown = false;
        if (state.Kind == BuilderKind.Document && (where is null || MayWaive(where, state)))
        {
            state.MayWaive = true;
        }
    }

    private void TaintKind(BuilderKind kind)
    {
        foreach (var state in _builders.Values)
        {
            if (state.Kind == kind)
            {
                Taint(state, null);
            }
        }

        _allKnown = false;
    }

    /// <summary>Whether code not followed could record a waiver on the document builder: it calls
    /// <c>Waive</c>, or hands the builder on to something other than a library call.</summary>
    private bool MayWaive(IOperation where, BuilderState document)
    {
        foreach (var descendant in where.DescendantsAndSelf())
        {
            if (descendant is IInvocationOperation { TargetMethod.Name: "Waive" } waive && _types.IsLibrary(waive.TargetMethod))
            {
                return true;
            }

            if (_types.KindOf(descendant.Type) == BuilderKind.Document && descendant is IParameterReferenceOperation or ILocalReferenceOperation)
            {
                var parent = descendant.Parent;
                while (parent is IConversionOperation or IParenthesizedOperation)
                {
                    parent = parent.Parent;
                }

                if (parent is not IInvocationOperation call || call.Instance is null || !_types.IsLibrary(call.TargetMethod))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private Val Constant(IOperation operation)
    {
        var value = operation.ConstantValue.Value;
        if (operation.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } type && value is not null)
        {
            if (KnownTypes.Is(type, _types.SectionKind))
            {
                return Val.Of((SectionKind)Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture), operation.Syntax);
            }

            return Val.Unknown; // an enum the replay has no runtime type for
        }

        return Val.Of(value, operation.Syntax);
    }

    private Val Date(IObjectCreationOperation creation, Frame frame)
    {
        if (creation.Arguments.Length != 3 || creation.Initializer is not null)
        {
            Unknown(creation, frame);
            return Val.Unknown;
        }

        var parts = new int[3];
        foreach (var argument in creation.Arguments)
        {
            var index = argument.Parameter?.Name switch
            {
                "year" => 0,
                "month" => 1,
                "day" => 2,
                _ => -1,
            };
            if (index < 0 || Eval(argument.Value, frame).Value is not int part)
            {
                return Val.Unknown;
            }

            parts[index] = part;
        }

        try
        {
            return Val.Of(new LocalDate(parts[0], parts[1], parts[2]), creation.Syntax);
        }
        catch (ArgumentOutOfRangeException)
        {
            _throws = true; // the program throws here
            return Val.Unknown;
        }
    }

    private Val Array(IArrayCreationOperation array, Frame frame)
    {
        if (array.Initializer is { } initializer)
        {
            var items = new Val[initializer.ElementValues.Length];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = Eval(initializer.ElementValues[i], frame);
            }

            return Val.Array(items, array.Syntax);
        }

        if (array.DimensionSizes.Length == 1 && array.DimensionSizes[0].ConstantValue is { HasValue: true, Value: 0 })
        {
            return Val.Array(System.Array.Empty<Val>(), array.Syntax);
        }

        Unknown(array, frame);
        return Val.Unknown;
    }

    /// <summary>A C# 12 collection expression (<c>["P1", "P2", ..others]</c>), read from its syntax: Roslyn 4.8
    /// has no operation for it.</summary>
    private Val Collection(CollectionExpressionSyntax collection, IOperation operation, Frame frame)
    {
        var model = operation.SemanticModel;
        if (model is null || !IsArrayOrEnumerableOfString(operation.Type))
        {
            Unknown(operation, frame);
            return Val.Unknown;
        }

        var items = new List<Val>();
        foreach (var element in collection.Elements)
        {
            switch (element)
            {
                case ExpressionElementSyntax expression:
                    items.Add(Eval(model.GetOperation(expression.Expression, _cancellationToken), frame));
                    break;
                case SpreadElementSyntax spread:
                    var spreadValue = Eval(model.GetOperation(spread.Expression, _cancellationToken), frame);
                    if (spreadValue.Items is not { } spreadItems)
                    {
                        return Val.Unknown;
                    }

                    items.AddRange(spreadItems);
                    break;
                default:
                    return Val.Unknown;
            }
        }

        return Val.Array(items.ToArray(), collection);
    }

    private static bool IsArrayOrEnumerableOfString(ITypeSymbol? type) =>
        type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String };

    private Val Concatenation(IBinaryOperation binary, Frame frame)
    {
        var left = Eval(binary.LeftOperand, frame);
        var right = Eval(binary.RightOperand, frame);
        return left.Known && right.Known && (left.Value is string or null) && (right.Value is string or null)
            ? Val.Of((string?)left.Value + (string?)right.Value, binary.Syntax)
            : Val.Unknown;
    }

    private Val Interpolation(IInterpolatedStringOperation interpolated, Frame frame)
    {
        var text = new StringBuilder();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation literal when literal.Text.ConstantValue.Value is string s:
                    text.Append(s);
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole
                    when Eval(hole.Expression, frame) is { Known: true, Value: string or null } value:
                    text.Append((string?)value.Value);
                    break;
                default:
                    Unknown(interpolated, frame);
                    return Val.Unknown;
            }
        }

        return Val.Of(text.ToString(), interpolated.Syntax);
    }

    /// <summary>A local the replay has not run the declaration of (declared outside the replayed code):
    /// known when it is assigned once, at its declaration, with a value the replay can know.</summary>
    private Val Lazy(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (_lazy.TryGetValue(local, out var known))
        {
            return known;
        }

        _lazy[local] = Val.Unknown; // guards against a cycle
        if (!IsPlainData(local.Type) || !IsStable(local, reference) || local.IsRef
            || local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_cancellationToken) is not VariableDeclaratorSyntax declarator
            || reference.SemanticModel is not { } model || declarator.SyntaxTree != model.SyntaxTree
            || model.GetOperation(declarator, _cancellationToken) is not IVariableDeclaratorOperation declaration)
        {
            return Val.Unknown;
        }

        var initializer = declaration.Initializer?.Value ?? (declaration.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
        var value = Eval(initializer, new Frame(null));
        _lazy[local] = value;
        return value;
    }

    /// <summary>A <c>static readonly</c> field of an immutable type with an initializer and no static
    /// constructor that could assign it again.</summary>
    private Val StaticReadonly(IFieldReferenceOperation reference)
    {
        var field = reference.Field;
        if (_lazy.TryGetValue(field, out var known))
        {
            return known;
        }

        _lazy[field] = Val.Unknown;
        if (!field.IsStatic || !field.IsReadOnly || field.Type is IArrayTypeSymbol || !IsPlainData(field.Type)
            || field.ContainingType.StaticConstructors.Any(c => !c.IsImplicitlyDeclared)
            || field.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer })
        {
            return Val.Unknown;
        }

        var operation = _bodies.ModelOf(initializer.SyntaxTree).GetOperation(initializer.Value, _cancellationToken);
        var value = Eval(operation, new Frame(null));
        _lazy[field] = value;
        return value;
    }

    /// <summary>Types whose values the replay can hold: strings, numbers, flags, the library's section kind,
    /// dates, aspect catalogues and string arrays.</summary>
    private bool IsPlainData(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_String or SpecialType.System_Int32 or SpecialType.System_Boolean
        || KnownTypes.Is(type, _types.SectionKind) || KnownTypes.Is(type, _types.LocalDate) || KnownTypes.Is(type, _types.AspectCatalogue)
        || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String, Rank: 1 };

    /// <summary>Whether a local keeps the value of its declaration: never assigned again, never passed by
    /// reference, and for an array, only read (handed to library calls or spread).</summary>
    private bool IsStable(ILocalSymbol local, IOperation anywhereInBody)
    {
        var root = anywhereInBody;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        if (!_unstable.TryGetValue(root, out var unstable))
        {
            unstable = Unstable(root);
            _unstable[root] = unstable;
        }

        return !unstable.Contains(local);
    }

    private HashSet<ILocalSymbol> Unstable(IOperation root)
    {
        var unstable = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        void Mark(IOperation? target)
        {
            foreach (var operation in target?.DescendantsAndSelf() ?? Enumerable.Empty<IOperation>())
            {
                if (operation is ILocalReferenceOperation reference)
                {
                    unstable.Add(reference.Local);
                }
            }
        }

        foreach (var operation in root.Descendants())
        {
            Step();
            switch (operation)
            {
                case IAssignmentOperation assignment:
                    Mark(assignment.Target);
                    break;
                case IIncrementOrDecrementOperation increment:
                    Mark(increment.Target);
                    break;
                case IArgumentOperation { Parameter.RefKind: not RefKind.None } argument:
                    Mark(argument.Value);
                    break;
                case IDeclarationExpressionOperation declaration:
                    Mark(declaration);
                    break;
                case IAddressOfOperation address:
                    Mark(address.Reference);
                    break;
                case ILocalReferenceOperation { Local.Type: IArrayTypeSymbol } array when !IsReadOnlyUse(array):
                    unstable.Add(array.Local);
                    break;
            }
        }

        return unstable;
    }

    private bool IsReadOnlyUse(ILocalReferenceOperation array)
    {
        if (array.Syntax.Parent is SpreadElementSyntax)
        {
            return true;
        }

        var parent = array.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation { Parent: IInvocationOperation call } && _types.IsLibrary(call.TargetMethod);
    }

    /// <summary>Runs one statement; true when it returned (<paramref name="returned"/> holds the value).</summary>
    private bool Exec(IOperation statement, Frame frame, ref Val returned)
    {
        if (_stop)
        {
            return true;
        }

        Step();
        switch (statement)
        {
            case IBlockOperation block:
                foreach (var operation in block.Operations)
                {
                    if (Exec(operation, frame, ref returned))
                    {
                        return true;
                    }
                }

                return false;
            case IExpressionStatementOperation expression:
                Eval(expression.Operation, frame);
                return false;
            case IReturnOperation { Kind: OperationKind.Return } ret:
                returned = Eval(ret.ReturnedValue, frame);
                return true;
            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        var value = Eval(declarator.Initializer?.Value ?? declaration.Initializer?.Value, frame);
                        if (IsStable(declarator.Symbol, statement) && !declarator.Symbol.IsRef)
                        {
                            frame.Set(declarator.Symbol, value);
                        }
                        else
                        {
                            Escape(value, statement);
                            frame.Set(declarator.Symbol, Val.Unknown);
                        }
                    }
                }

                return false;
            case IEmptyOperation:
            case ILocalFunctionOperation:
                return false;
            default:
                // A loop, a condition, a try…: not replayed. What it reaches may have been called, and when
                // it can leave the body early, what follows may not run at all.
                Unknown(statement, frame);
                if (statement.DescendantsAndSelf().Any(o => o is IReturnOperation or IThrowOperation or IBranchOperation { BranchKind: BranchKind.GoTo }))
                {
                    foreach (var builder in frame.Builders(IsBuilder))
                    {
                        Taint(_builders[builder], statement);
                    }
                }

                return false;
        }
    }

    private Val Invoke(IInvocationOperation call, Frame frame)
    {
        if (ReferenceEquals(call, _rootBuild))
        {
            _rootDocument = Eval(call.Instance, frame).Value;
            _stop = true;
            return Val.Unknown;
        }

        var method = call.TargetMethod;
        if (_types.IsLibrary(method))
        {
            return InvokeLibrary(call, method, frame);
        }

        if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            var target = Eval(call.Instance, frame);
            var delegateArguments = Arguments(call, frame);
            if (target.Value is Closure closure && !_stop)
            {
                return Run(closure, delegateArguments, frame) ?? Escaped(call, target, delegateArguments);
            }

            return Escaped(call, target, delegateArguments);
        }

        var instance = call.Instance is null ? Val.Unknown : Eval(call.Instance, frame);
        var arguments = Arguments(call, frame);
        if (_stop)
        {
            return Val.Unknown;
        }

        return Follow(method, arguments, frame) ?? Escaped(call, instance, arguments);
    }

    /// <summary>A call the replay does not follow: every builder handed to it may have been called.</summary>
    private Val Escaped(IInvocationOperation call, Val instance, Val[] arguments)
    {
        Escape(instance, call);
        foreach (var argument in arguments)
        {
            Escape(argument, call);
        }

        return Val.Unknown;
    }

    /// <summary>The arguments, evaluated in the order the program evaluates them, by parameter position.</summary>
    private Val[] Arguments(IInvocationOperation call, Frame frame)
    {
        var values = new Val[call.TargetMethod.Parameters.Length];
        foreach (var argument in call.Arguments)
        {
            var value = Eval(argument.Value, frame);
            if (argument.Parameter is { } parameter && parameter.Ordinal < values.Length)
            {
                values[parameter.Ordinal] = value;
            }
        }

        return values;
    }

    /// <summary>Runs a lambda or a method group with <paramref name="arguments"/>; null when it cannot be followed.</summary>
    private Val? Run(Closure closure, Val[] arguments, Frame caller)
    {
        if (closure.Lambda is { Symbol.IsAsync: true })
        {
            return null; // runs partly later, perhaps after the document is built
        }

        if (closure.Lambda is { } lambda)
        {
            var frame = new Frame(closure.Captured);
            var parameters = lambda.Symbol.Parameters;
            for (var i = 0; i < parameters.Length; i++)
            {
                frame.Set(parameters[i], i < arguments.Length ? arguments[i] : Val.Unknown);
            }

            var returned = Val.Unknown;
            Exec(lambda.Body, frame, ref returned);
            return returned;
        }

        return closure.Method is { } method ? Follow(method, arguments, closure.Captured ?? caller) : null;
    }

    /// <summary>Follows a call into a helper method, local function or extension method of the same
    /// compilation; null when it cannot (not source, virtual, too deep).</summary>
    private Val? Follow(IMethodSymbol method, Val[] arguments, Frame caller)
    {
        if (_depth >= MaxDepth || _stop)
        {
            return null;
        }

        if (_bodies.BodyOf(method, _cancellationToken) is not { } body)
        {
            return null;
        }

        // A local function sees the variables of the code it is declared in (the caller's frames).
        var frame = new Frame(method.MethodKind == MethodKind.LocalFunction ? caller : null);
        var parameters = (method.ReducedFrom ?? method).Parameters;
        for (var i = 0; i < parameters.Length; i++)
        {
            frame.Set(parameters[i].OriginalDefinition, i < arguments.Length ? arguments[i] : Val.Unknown);
            frame.Set(parameters[i], i < arguments.Length ? arguments[i] : Val.Unknown);
        }

        _depth++;
        try
        {
            var returned = Val.Unknown;
            Exec(body, frame, ref returned);
            return returned;
        }
        finally
        {
            _depth--;
        }
    }
}
