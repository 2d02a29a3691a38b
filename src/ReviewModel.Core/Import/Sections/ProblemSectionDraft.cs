using System;
using System.Collections.Generic;
using System.Linq;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>
/// 查摆问题: aspect groups (<c>（一）</c>, <c>(一)</c>, Markdown headings, 在……方面 lines), and under each
/// an intro, problems (<c>一是</c> inline or starting paragraphs, <c>1.</c>/<c>1、</c>, bold leads, deeper
/// headings) and a closing. A "group" whose heading is not an aspect and that holds no items is a
/// problem written as a heading (（一）理论学习不够深入。……), and becomes one.
/// </summary>
internal sealed class ProblemSectionDraft : SectionDraft
{
    private readonly List<GroupDraft> _groups = new();
    /// <summary>Paragraphs before the first group (made when the first one comes).</summary>
    private List<SourceSpan>? _intro;
    private int _groupLevel;
    private bool _styleSet;

    public ProblemSectionDraft(SourceSpan? heading)
        : base(heading, HeadingNumberStyle.FullWidth)
    {
    }

    public IReadOnlyList<GroupDraft> Groups => _groups;

    public override void Add(Block block, Block? next)
    {
        if (IsGroupStart(block))
        {
            if (!_styleSet && block.Kind == MarkerKind.Heading)
            {
                Style = block.Marker.Style;
                _styleSet = true;
            }

            var (head, rest) = SplitAspectHeading(block.Content);
            var group = new GroupDraft(head, block.HeadingLevel);
            _groups.Add(group);
            if (rest.Length > 0)
            {
                group.Items.Add(Block.Create(rest), next);
            }

            return;
        }

        if (_groups.Count == 0)
        {
            if (!block.StartsItem && InlineItemScanner.Scan(block.Raw.AsSpan(), 1).Count < 2)
            {
                (_intro ??= new List<SourceSpan>()).Add(block.Raw);
                return;
            }

            _groups.Add(new GroupDraft(null, 0));
        }

        _groups[_groups.Count - 1].Items.Add(block, next);
    }

    /// <summary>The longest words after 方面 still read as part of the heading (的问题及整改措施).</summary>
    private const int MaxHeadingTail = ImportThresholds.MaxAspectHeadingTail;

    /// <summary>Splits an aspect heading from text that follows it in the same paragraph (read in place: no string made);
    /// the remainder is <see cref="SourceSpan.Empty"/> when nothing but spaces follows.</summary>
    public static (SourceSpan Heading, SourceSpan Remainder) SplitAspectHeading(SourceSpan content) =>
        content.SplitAt(AspectHeadingEnd(content.AsSpan()));

    /// <summary>The aspect heading at the start of <paramref name="text"/> (the heading <see cref="SplitAspectHeading"/>
    /// gives), read in place: for asking whether a paragraph starts with one without cutting it.</summary>
    public static ReadOnlySpan<char> AspectHeading(ReadOnlySpan<char> text) => Chars.Head(text, AspectHeadingEnd(text));

    /// <summary>What ends an aspect heading's first sentence: 。 ： : ！ ？.</summary>
    internal const string HeadingStops = "。：:！？";

    /// <summary>
    /// Where the aspect heading at the start of <paramref name="text"/> ends (its closing punctuation kept), or -1 when the
    /// whole text is the heading: after the last 方面 (and 存在的问题) before the first sentence end or item marker, running on
    /// to that end over a short tail without a comma; without 方面, at the first sentence end.
    /// </summary>
    internal static int AspectHeadingEnd(ReadOnlySpan<char> text)
    {
        var end = -1;
        var stop = text.IndexOfAny(HeadingStops.AsSpan()); // five characters: one vectorised search
        var limit = stop < 0 ? text.Length : stop;

        // Only a marker before the first sentence end shortens the heading: the search stops there (its finding is a whole
        // scan's first, as a marker never spans a sentence end), and collects no run.
        var marker = InlineItemScanner.FirstMarkerStart(text, 1, limit);
        if (marker >= 0 && marker < limit)
        {
            limit = marker;
        }

        var aspect = text.Slice(0, limit).LastIndexOf(AspectWord.AsSpan());
        if (aspect >= 0)
        {
            end = aspect + AspectWord.Length;
            if (text.Slice(end).StartsWith(ProblemsWord.AsSpan(), StringComparison.Ordinal))
            {
                end += ProblemsWord.Length;
            }

            if (limit - end is > 0 and <= MaxHeadingTail && text.Slice(end, limit - end).IndexOfAny('，', ',') < 0)
            {
                end = limit; // 理论学习方面的问题及整改措施: the heading runs on to its end
            }
        }
        else
        {
            end = text.IndexOfAny(Chars.SentenceEndsAndColons.AsSpan());
        }

        if (end < 0)
        {
            return -1;
        }

        while (end < text.Length && (Chars.IsSentenceEnd(text[end]) || text[end] == '：' || text[end] == ':' || text[end] == '，' || text[end] == ',' || text[end] == '”' || text[end] == '"'))
        {
            end++;
        }

        return end;
    }

    /// <summary>The word that ends an aspect heading (在……方面).</summary>
    private const string AspectWord = "方面";

    /// <summary>Words that may follow 方面 and still belong to the heading (……方面存在的问题).</summary>
    private const string ProblemsWord = "存在的问题";

    public override Section Build(ImportContext context)
    {
        var groups = new List<AspectGroup>(_groups.Count);
        List<Problem>? pending = null; // problems written as headings, waiting for a group of their own (made for the first)
        foreach (var draft in _groups)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var items = draft.Items;
            if (draft.Heading is { Length: 0 } && items.Items.Count == 0 && items.Intro.Count == 0 && items.Closing.Count == 0)
            {
                continue; // a bare number with no text
            }

            // A heading with items under it is an aspect's, whatever it says: the cheap test first.
            var isAspect = draft.Heading is not null && (items.Items.Count > 0 || AspectMatcher.LooksLikeAspect(draft.Heading.Text) || MatchesCatalogue(context, draft.Heading.Text));
            if (draft.Heading is not null && !isAspect)
            {
                // A problem written as a heading: "（一）理论学习不够深入。" with its text.
                var problem = new ItemDraft(draft.Heading, draft.Heading.Length);
                problem.AddRange(items.Intro);
                problem.AddRange(items.Closing);
                (pending ??= new List<Problem>()).Add(ModelFactory.Problem(context, problem, string.Empty));
                continue;
            }

            Flush(context, groups, pending);
            var number = ++context.GroupCount;
            var intro = items.Intro;
            Problem[] problems;
            var count = ModelFactory.CountNonEmpty(items.Items);
            if (count == 0 && intro.Count > 0 && draft.Heading is not null)
            {
                // The aspect's text describes its problems without numbering: each paragraph is a problem, and a
                // paragraph of clauses separated by ；is one problem per clause.
                var clauses = intro.SelectMany(SplitClauses).ToList();
                problems = new Problem[clauses.Count];
                for (var i = 0; i < clauses.Count; i++)
                {
                    problems[i] = ModelFactory.Problem(context, new ItemDraft(clauses[i], -1), ProblemId(number, i));
                }

                intro = Array.Empty<SourceSpan>();
            }
            else
            {
                // The items that have text, in order.
                problems = ModelFactory.ArrayOf<Problem>(count);
                var at = 0;
                foreach (var item in items.Items)
                {
                    if (!item.IsEmpty)
                    {
                        problems[at] = ModelFactory.Problem(context, item, ProblemId(number, at));
                        at++;
                    }
                }
            }

            groups.Add(new AspectGroup(
                null,
                draft.Heading is { Length: > 0 } ? draft.Heading.Text : null,
                ValueList<Problem>.Adopt(problems),
                items.Inline ? ItemLayout.Inline : ItemLayout.Paragraphs,
                context.Paragraphs(intro),
                context.Paragraphs(items.Closing),
                draft.Heading is null ? null : context.Locate(draft.Heading),
                items.Style));
        }

        Flush(context, groups, pending);
        return new ProblemSection(HeadingText, groups.ToValueList(), Style, context.Paragraphs(_intro ?? (IReadOnlyList<SourceSpan>)Array.Empty<SourceSpan>()), null, HeadingSource(context));
    }

    /// <summary>The shortest clause taken for a problem of its own when a paragraph is split at ；.</summary>
    private const int MinClauseLength = ImportThresholds.MinProblemClauseLength;

    /// <summary>Splits "甲问题……；乙问题……；丙问题……。" into its clauses (each keeping its ；), or gives the paragraph whole.</summary>
    private static IEnumerable<SourceSpan> SplitClauses(SourceSpan paragraph)
    {
        var text = paragraph.Text;
        var parts = new List<SourceSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '；' || text[i] == ';')
            {
                parts.Add(paragraph.Slice(start, i + 1 - start).Trim());
                start = i + 1;
            }
        }

        if (parts.Count == 0)
        {
            return new[] { paragraph };
        }

        parts.Add(paragraph.Slice(start).Trim());
        parts.RemoveAll(p => p.Length == 0);
        return parts.Count >= 2 && parts.All(p => p.Length >= MinClauseLength) ? parts : new List<SourceSpan> { paragraph };
    }

    private static void Flush(ImportContext context, List<AspectGroup> groups, List<Problem>? pending)
    {
        if (pending is not { Count: > 0 })
        {
            return;
        }

        var number = ++context.GroupCount;
        var problems = new Problem[pending.Count];
        for (var i = 0; i < pending.Count; i++)
        {
            var p = pending[i];
            problems[i] = new Problem(ProblemId(number, i), p.Lead, p.Body, p.Examples, p.Source);
        }

        groups.Add(new AspectGroup(null, null, ValueList<Problem>.Adopt(problems)));
        pending.Clear();
    }

    /// <summary>The ID of the <paramref name="index"/>th problem (from 0) of group <paramref name="group"/>: P2.3.</summary>
    private static string ProblemId(int group, int index) => ElementIds.Problem(group, index + 1);

    private static bool MatchesCatalogue(ImportContext context, string heading)
    {
        if (heading.Length > ImportThresholds.MaxAspectCandidateLength)
        {
            return false;
        }

        var key = context.AspectKey(heading);
        if (context.Options.Catalogue is { } one)
        {
            return AspectMatcher.Best(one, key).Score >= ImportThresholds.CatalogueHeadingScore;
        }

        foreach (var catalogue in context.Options.CandidateCatalogues)
        {
            if (AspectMatcher.Best(catalogue, key).Score >= ImportThresholds.CatalogueHeadingScore)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsGroupStart(Block block)
    {
        if (block.Kind == MarkerKind.Heading || block.Kind == MarkerKind.Section)
        {
            return true;
        }

        if (block.HeadingLevel > 0)
        {
            if (_groupLevel == 0 || block.HeadingLevel <= _groupLevel)
            {
                _groupLevel = block.HeadingLevel;
                return true;
            }

            return false;
        }

        if (HasSubHeadings)
        {
            return false;
        }

        if (block.Content.Length > ImportThresholds.MaxAspectHeadingLength || block.Kind == MarkerKind.Item)
        {
            return false;
        }

        return AspectMatcher.LooksLikeAspect(AspectHeading(block.Content.AsSpan()));
    }
}
