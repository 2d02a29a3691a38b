using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using NodaTime;
using ReviewModel.Aspects;
using ReviewModel.Building;
using ReviewModel.Model;

namespace ReviewModel.Analyzers.Replay;

/// <summary>
/// The library's builder calls, replayed into the real builders: each call is made with the values the
/// replay knows (stand-ins for the rest), and records the document paths it adds with the syntax that
/// declared them and whether they are known exactly.
/// </summary>
internal sealed partial class DocumentReplay
{
    private Val InvokeLibrary(IInvocationOperation call, IMethodSymbol method, Frame frame)
    {
        if (!method.IsStatic && _types.KindOf(call.Instance?.Type) is { } kind)
        {
            var receiver = Eval(call.Instance, frame);
            var arguments = Arguments(call, frame);
            if (_stop)
            {
                return Val.Unknown;
            }

            if (receiver.Value is { } builder && _builders.TryGetValue(builder, out var state))
            {
                var call1 = new Call(call, method, arguments);
                try
                {
                    if (Replay(state, call1))
                    {
                        return Val.Of(state.Builder, call.Syntax);
                    }
                }
                catch (Exception e) when (e is ArgumentException or ReviewBuildException or InvalidOperationException)
                {
                    // The builder refuses the call: the program throws here, and the document is not built.
                    _throws = true;
                    Taint(state, call);
                    return Val.Unknown;
                }

                // A call the replay has no entry for (or a Build of an inner builder): its effect is unknown.
                Taint(state, call);
                return Escaped(call, Val.Unknown, arguments);
            }

            // Called on a builder the replay cannot identify: any builder of that kind may have changed.
            TaintKind(kind);
            return Escaped(call, receiver, arguments);
        }

        if (method.IsStatic && method.Name == "CreateBuilder" && method.Parameters.IsEmpty && KnownTypes.Is(method.ContainingType, _types.ReviewDocument))
        {
            var builder = ReviewDocument.CreateBuilder();
            Register(builder, BuilderKind.Document, string.Empty, true, null);
            return Val.Of(builder, call.Syntax);
        }

        if (method.IsStatic && method.Name == nameof(AspectCatalogue.FromTitles) && KnownTypes.Is(method.ContainingType, _types.AspectCatalogue))
        {
            var arguments = Arguments(call, frame);
            if (arguments.Length == 4 && arguments[0].String is { } id && arguments[1].Known && arguments[1].Value is int or null
                && arguments[2].String is { } meeting && arguments[3].Items is { } titles && System.Array.TrueForAll(titles, t => t.String is not null))
            {
                try
                {
                    return Val.Of(AspectCatalogue.FromTitles(id, (int?)arguments[1].Value, meeting, System.Array.ConvertAll(titles, t => t.String!)), call.Syntax);
                }
                catch (ArgumentException)
                {
                    _throws = true;
                }
            }

            return Val.Unknown;
        }

        // ReviewDocument.Create inside the replayed code (another document), or anything else of the library.
        Unknown(call, frame);
        return Val.Unknown;
    }

    /// <summary>Replays <paramref name="call"/> on the builder of <paramref name="state"/>; false when the
    /// replay has no entry for the method.</summary>
    private bool Replay(BuilderState state, Call call)
    {
        switch (state.Builder)
        {
            case ReviewDocumentBuilder document:
                return Document(state, document, call);
            case HeaderBuilder header:
                return Header(state, header, call);
            case PreparationBuilder preparation:
                return Section(state, preparation, call) || Preparation(state, preparation, call);
            case RectificationBuilder rectification:
                return Section(state, rectification, call) || Rectification(state, rectification, call);
            case ProblemSectionBuilder problems:
                return Section(state, problems, call) || ProblemSection(state, problems, call);
            case AspectGroupBuilder group:
                return Group(state, group, call);
            case ProblemBuilder problem:
                return call.Name == "Example" && Add(state, "examples", call["text"], t => problem.Example(t));
            case CauseSectionBuilder causes:
                return Section(state, causes, call) || CauseSection(state, causes, call);
            case CauseBuilder cause:
                return call.Name == "Explains" && Links(state, "explains", call["problemIds"], ids => cause.Explains(ids));
            case MeasureSectionBuilder measures:
                return Section(state, measures, call) || MeasureSection(state, measures, call);
            case MeasureBuilder measure:
                return Measure(state, measure, call);
            case CustomSectionBuilder custom:
                return call.Name switch
                {
                    "Heading" => Single(state, ".heading", call["heading"], t => custom.Heading(t)),
                    "Paragraph" => Add(state, "paragraphs", call["text"], t => custom.Paragraph(t)),
                    _ => false,
                };
            default:
                return false;
        }
    }

    private bool Document(BuilderState state, ReviewDocumentBuilder document, Call call)
    {
        var exact = state.ExactNow;
        switch (call.Name)
        {
            case "Header":
                document.Header(Child<HeaderBuilder>(call, "describe", BuilderKind.Header, state, exact, _ => "header"));
                return true;
            case "Preamble":
                return Add(state, "preamble", call["text"], t => document.Preamble(t), prefix: false);
            case "Preparation":
                document.Preparation(Child<PreparationBuilder>(call, "describe", BuilderKind.Preparation, state, exact, b => b.Path));
                return true;
            case "LastYearRectification":
                document.LastYearRectification(Child<RectificationBuilder>(call, "describe", BuilderKind.Rectification, state, exact, b => b.Path));
                return true;
            case "Problems":
                document.Problems(Child<ProblemSectionBuilder>(call, "describe", BuilderKind.ProblemSection, state, exact, b => b.Path));
                return true;
            case "Causes":
                document.Causes(Child<CauseSectionBuilder>(call, "describe", BuilderKind.CauseSection, state, exact, b => b.Path));
                return true;
            case "Measures":
                document.Measures(Child<MeasureSectionBuilder>(call, "describe", BuilderKind.MeasureSection, state, exact, b => b.Path));
                return true;
            case "Section":
                var kind = call["kind"];
                var unknownKind = kind.Value is not SectionKind;
                document.Section(
                    unknownKind ? SectionKind.CaseAnalysis : (SectionKind)kind.Value!,
                    Child<CustomSectionBuilder>(call, "describe", BuilderKind.CustomSection, state, exact, b => b.Path, s => s.ContentUnknown |= unknownKind));
                _allKnown &= !unknownKind;
                return true;
            case "Waive":
                var rule = call["ruleId"].String;
                var target = call["target"].String;
                if (rule is null || target is null)
                {
                    _known.AddUnknownWaiver(rule);
                    _allKnown = false;
                    return true;
                }

                document.Waive(rule, target, call["reason"].String ?? StandIn());
                return true;
            default:
                return false; // Build() of a builder that is not the one being checked
        }
    }

    private bool Header(BuilderState state, HeaderBuilder header, Call call)
    {
        switch (call.Name)
        {
            case "Title":
                return Single(state, ".title", call["title"], t => header.Title(t));
            case "Theme":
                return Single(state, ".theme", call["theme"], t => header.Theme(t));
            case "LeadershipTeam":
                Text(state, "header.subject.organisation", call["organisation"], state.ExactNow);
                Text(state, "header.subject.name", call["teamName"], state.ExactNow);
                header.LeadershipTeam(Str(call["organisation"], state), Str(call["teamName"], state));
                return true;
            case "Individual":
                var post = call["post"];
                Text(state, "header.subject.organisation", call["organisation"], state.ExactNow);
                Text(state, "header.subject.name", call["name"], state.ExactNow);
                Text(state, "header.subject.post", post, state.ExactNow);
                header.Individual(Str(call["organisation"], state), Str(call["name"], state), post.Known && post.Value is null ? null : Str(post, state));
                return true;
            case "DemocraticLifeMeeting":
                header.DemocraticLifeMeeting(Flag(call["thematic"]));
                return true;
            case "OrganisationalLifeMeeting":
                header.OrganisationalLifeMeeting(Flag(call["thematic"]));
                return true;
            case "MeetingDate":
                if (call["date"].Value is LocalDate date)
                {
                    _map.Add("header.meetingDate", call["date"].Origin);
                    header.MeetingDate(date);
                }
                else
                {
                    state.ContentUnknown = true;
                    _allKnown = false;
                }

                return true;
            case "Notice":
                Text(state, "header.notice.issuer", call["issuer"], state.ExactNow);
                Text(state, "header.notice.title", call["title"], state.ExactNow);
                header.Notice(Str(call["issuer"], state), Str(call["title"], state));
                return true;
            case "Aspects":
                _map.Add("header.catalogue", call.ArgumentSyntax("catalogue")); // where it is set, wherever it was made
                if (call["catalogue"].Value is AspectCatalogue catalogue)
                {
                    header.Aspects(catalogue);
                }
                else
                {
                    _catalogueUnknown = true;
                    _allKnown = false;
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>What every section builder has: a heading, intro and closing paragraphs.</summary>
    private bool Section<TSelf>(BuilderState state, SectionBuilder<TSelf> section, Call call)
        where TSelf : SectionBuilder<TSelf> => call.Name switch
        {
            "Heading" => Single(state, ".heading", call["heading"], t => section.Heading(t)),
            "Intro" => Add(state, "intro", call["text"], t => section.Intro(t)),
            "Closing" => Add(state, "closing", call["text"], t => section.Closing(t)),
            _ => false,
        };

    private bool Preparation(BuilderState state, PreparationBuilder preparation, Call call)
    {
        switch (call.Name)
        {
            case "Step":
                return Pair(state, "steps", call["lead"], call["body"], (l, b) => preparation.Step(l, b));
            case "StudySessions":
            case "OpinionsSolicited":
            case "TalksHeld":
                if (call["count"].Value is not int count)
                {
                    _allKnown = false; // no rule reads the counts
                    return true;
                }

                _ = call.Name == "StudySessions" ? preparation.StudySessions(count)
                    : call.Name == "OpinionsSolicited" ? preparation.OpinionsSolicited(count) : preparation.TalksHeld(count);
                return true;
            default:
                return false;
        }
    }

    private bool Rectification(BuilderState state, RectificationBuilder rectification, Call call) =>
        call.Name == "Item" && Pair(state, "items", call["lead"], call["body"], (l, b) => rectification.Item(l, b));

    private bool ProblemSection(BuilderState state, ProblemSectionBuilder problems, Call call)
    {
        var exact = state.ExactNow;
        switch (call.Name)
        {
            case "Aspect":
                if (call["number"].Value is int number)
                {
                    problems.Aspect(number, Child<AspectGroupBuilder>(call, "describe", BuilderKind.AspectGroup, state, exact, g => g.Path));
                }
                else
                {
                    // Same position, aspect unknown: the group's problems are not judged on their aspect.
                    _allKnown = false;
                    problems.Ungrouped(Child<AspectGroupBuilder>(call, "describe", BuilderKind.AspectGroup, state, exact, g => g.Path, g => g.ContentUnknown = true));
                }

                return true;
            case "CustomAspect":
                var heading = call["heading"];
                problems.CustomAspect(
                    Str(heading, state),
                    Child<AspectGroupBuilder>(call, "describe", BuilderKind.AspectGroup, state, exact, g => g.Path, g =>
                    {
                        g.ContentUnknown |= !heading.Known;
                        Text(g, g.Path + ".heading", heading, exact);
                    }));
                return true;
            case "Ungrouped":
                problems.Ungrouped(Child<AspectGroupBuilder>(call, "describe", BuilderKind.AspectGroup, state, exact, g => g.Path));
                return true;
            case "HalfWidthNumbers":
                problems.HalfWidthNumbers();
                return true;
            default:
                return false;
        }
    }

    private bool Group(BuilderState state, AspectGroupBuilder group, Call call)
    {
        switch (call.Name)
        {
            case "Heading":
                state.ContentUnknown |= !call["heading"].Known;
                return Single(state, ".heading", call["heading"], t => group.Heading(t));
            case "Intro":
                return Add(state, "intro", call["text"], t => group.Intro(t));
            case "Closing":
                return Add(state, "closing", call["text"], t => group.Closing(t));
            case "Inline":
                group.Inline();
                return true;
            case "Problem":
                return Element<ProblemBuilder>(state, call, "lead", (id, lead, body, describe) => group.Problem(id, lead, body, describe), BuilderKind.Problem, p => p.Path);
            default:
                return false;
        }
    }

    private bool CauseSection(BuilderState state, CauseSectionBuilder causes, Call call)
    {
        switch (call.Name)
        {
            case "Cause":
                return Element<CauseBuilder>(state, call, "title", (id, title, body, describe) => causes.Cause(id, title, body, describe), BuilderKind.Cause, c => c.Path);
            case "HalfWidthNumbers":
                causes.HalfWidthNumbers();
                return true;
            default:
                return false;
        }
    }

    private bool MeasureSection(BuilderState state, MeasureSectionBuilder measures, Call call)
    {
        switch (call.Name)
        {
            case "Measure":
                return Element<MeasureBuilder>(state, call, "title", (id, title, body, describe) => measures.Measure(id, title, body, describe), BuilderKind.Measure, m => m.Path);
            case "HalfWidthNumbers":
                measures.HalfWidthNumbers();
                return true;
            default:
                return false;
        }
    }

    private bool Measure(BuilderState state, MeasureBuilder measure, Call call)
    {
        switch (call.Name)
        {
            case "Addresses":
                return Links(state, "addresses", call["problemIds"], ids => measure.Addresses(ids));
            case "Remedies":
                return Links(state, "remedies", call["causeIds"], ids => measure.Remedies(ids));
            case "Item":
                return Pair(state, "items", call["lead"], call["body"], (l, b) => measure.Item(l, b));
            case "ItemsAsParagraphs":
                measure.ItemsAsParagraphs();
                return true;
            case "Owner":
                return Add(state, "owners", call["name"], t => measure.Owner(t));
            case "OwningUnit":
                return Single(state, ".owningUnit", call["unit"], t => measure.OwningUnit(t));
            case "Standard":
                return Single(state, ".standard", call["standard"], t => measure.Standard(t));
            case "Deadline":
                var date = call["date"];
                if (date.Value is LocalDate due)
                {
                    if (state.ExactNow)
                    {
                        _map.Add(state.Path + ".deadline", date.Origin);
                    }

                    measure.Deadline(due);
                }
                else
                {
                    state.ContentUnknown = true;
                    _allKnown = false;
                }

                return true;
            case "LongTerm":
                if (state.ExactNow)
                {
                    _map.Add(state.Path + ".deadline", NameNode(call.Operation));
                }

                measure.LongTerm();
                return true;
            default:
                return false;
        }
    }

    /// <summary>Declares a problem, cause or measure: <c>(id, lead or title, body, describe)</c>.</summary>
    private bool Element<TBuilder>(BuilderState parent, Call call, string first, Action<string, string, string, Action<TBuilder>> add, BuilderKind kind, Func<TBuilder, string> pathOf)
        where TBuilder : class
    {
        var exact = parent.ExactNow;
        var id = call["id"];
        var head = call[first];
        var body = call["body"];
        var idText = id.String;
        var unknown = idText is null && !id.Known;
        if (unknown)
        {
            idText = StandIn();
            _known.AddUnknownId(idText);
        }

        var headText = Str(head, null);
        var bodyText = Str(body, null);
        add(idText!, headText, bodyText, Child<TBuilder>(call, "describe", kind, parent, exact, pathOf, element =>
        {
            element.IdKnown = !unknown;
            element.ContentUnknown |= !head.Known || !body.Known;
            element.Declaration = id.Origin;
            if (exact)
            {
                _map.Add(element.Path, id.Origin);
            }

            Text(element, element.Path + "." + first, head, exact);
            Text(element, element.Path + ".body", body, exact);
        }));
        return true;
    }

    /// <summary>The delegate handed to a builder for a <c>describe</c> parameter: it registers the child
    /// builder with its path, then runs the consumer's lambda on it (or taints it when the lambda is unknown).</summary>
    private Action<TBuilder> Child<TBuilder>(Call call, string parameter, BuilderKind kind, BuilderState parent, bool exact, Func<TBuilder, string> pathOf, Action<BuilderState>? init = null)
        where TBuilder : class
    {
        var describe = call[parameter];
        var given = call.Has(parameter);
        return child =>
        {
            var state = Register(child, kind, pathOf(child), exact, parent);
            if (exact && kind is not (BuilderKind.Header or BuilderKind.Problem or BuilderKind.Cause or BuilderKind.Measure or BuilderKind.AspectGroup))
            {
                _map.Add(state.Path, NameNode(call.Operation)); // a section: where it is added
            }

            init?.Invoke(state);
            if (given)
            {
                Describe(describe, state);
            }
        };
    }

    /// <summary>Runs the consumer's <c>describe</c> lambda on a builder.</summary>
    private void Describe(Val describe, BuilderState state)
    {
        if (describe.Known && describe.Value is null)
        {
            return; // no lambda (the optional describe of a problem, cause or measure)
        }

        if (describe.Value is Closure closure && Run(closure, new[] { Val.Of(state.Builder, null) }, new Frame(null)) is not null)
        {
            return;
        }

        Taint(state, null);
    }

    /// <summary>A text set once (a heading, a title, a standard) at <c>builder path + suffix</c>.</summary>
    private bool Single(BuilderState state, string suffix, Val text, Action<string> set)
    {
        Text(state, (state.Kind == BuilderKind.Header ? "header" : state.Path) + suffix, text, state.ExactNow);
        set(Str(text, state));
        return true;
    }

    /// <summary>A text added to a list (<c>intro[i]</c>, <c>examples[i]</c>, <c>preamble[i]</c>…).</summary>
    private bool Add(BuilderState state, string list, Val text, Action<string> add, bool prefix = true)
    {
        var exact = state.ExactNow;
        var index = state.Next(list);
        Text(state, prefix ? $"{state.Path}.{list}[{index}]" : $"{list}[{index}]", text, exact);
        add(Str(text, state));
        return true;
    }

    /// <summary>A numbered item: lead and body, which the validator scans as one text.</summary>
    private bool Pair(BuilderState state, string list, Val lead, Val body, Action<string, string> add)
    {
        var exact = state.ExactNow;
        var path = $"{state.Path}.{list}[{state.Next(list)}]";
        var leadText = Str(lead, state);
        var bodyText = Str(body, state);
        if (exact && lead.String is not null && body.String is not null)
        {
            _known.AddExact(path);
            _map.Add(path, lead.Origin, leadText.Length, body.Origin);
        }

        add(leadText, bodyText);
        return true;
    }

    /// <summary>Links to IDs (<c>explains</c>, <c>addresses</c>, <c>remedies</c>).</summary>
    private bool Links(BuilderState state, string list, Val ids, Action<string[]> add)
    {
        if (ids.Items is not { } items)
        {
            // How many links, and to what, is not known: nor are the positions of the links after them.
            state.LinksInexact = true;
            _allKnown = false;
            return true;
        }

        var exact = state.ExactNow && !state.LinksInexact;
        var values = new string[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var path = $"{state.Path}.{list}[{state.Next(list)}]";
            if (exact)
            {
                _map.Add(path, items[i].Origin ?? ids.Origin);
            }

            if (items[i].String is { } id)
            {
                values[i] = id;
                if (exact)
                {
                    _known.AddExact(path);
                }
            }
            else
            {
                values[i] = items[i].Known ? null! : StandIn(); // null: the builder refuses it, as the program's would
            }
        }

        add(values);
        return true;
    }

    /// <summary>Records a text at <paramref name="path"/>: known exactly when constant and at an exact position.</summary>
    private void Text(BuilderState? state, string path, Val text, bool exact)
    {
        if (!exact)
        {
            return;
        }

        if (text.String is not null)
        {
            _known.AddExact(path);
        }

        _map.Add(path, text.Origin);
    }

    /// <summary>The string to give the builder: the known one, null when the program passes null (the
    /// builder throws, as it will), or a stand-in.</summary>
    private string Str(Val value, BuilderState? owner)
    {
        if (value.Known)
        {
            return (value.Value as string)!;
        }

        if (owner is not null)
        {
            owner.ContentUnknown = true;
        }

        return StandIn();
    }

    private bool Flag(Val value)
    {
        if (value.Value is bool flag)
        {
            return flag;
        }

        _allKnown = false;
        return false;
    }

    /// <summary>One library call with its evaluated arguments, by parameter name.</summary>
    private readonly struct Call
    {
        private readonly IMethodSymbol _method;
        private readonly Val[] _arguments;

        public Call(IInvocationOperation operation, IMethodSymbol method, Val[] arguments)
        {
            Operation = operation;
            _method = method;
            _arguments = arguments;
        }

        public IInvocationOperation Operation { get; }

        public string Name => _method.Name;

        public SyntaxNode Syntax => Operation.Syntax;

        public Val this[string parameter]
        {
            get
            {
                foreach (var p in _method.Parameters)
                {
                    if (p.Name == parameter && p.Ordinal < _arguments.Length)
                    {
                        return _arguments[p.Ordinal];
                    }
                }

                return Val.Unknown;
            }
        }

        /// <summary>The syntax of the argument for <paramref name="parameter"/>, or the call's.</summary>
        public SyntaxNode ArgumentSyntax(string parameter)
        {
            foreach (var argument in Operation.Arguments)
            {
                if (argument.Parameter?.Name == parameter && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return argument.Value.Syntax;
                }
            }

            return Operation.Syntax;
        }

        /// <summary>Whether the call passes the parameter (rather than leaving it to its default).</summary>
        public bool Has(string parameter)
        {
            foreach (var argument in Operation.Arguments)
            {
                if (argument.Parameter?.Name == parameter)
                {
                    return argument.ArgumentKind != ArgumentKind.DefaultValue;
                }
            }

            return false;
        }
    }
}
