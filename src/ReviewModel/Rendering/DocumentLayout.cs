using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using ReviewModel.Aspects;
using ReviewModel.Model;
using ReviewModel.Text;
using ReviewModel.Validation;

namespace ReviewModel.Rendering;

/// <summary>
/// The one layout pass all writers share: turns a <see cref="ReviewDocument"/> into the list of
/// logical blocks (title, optional name/date lines, section headings, aspect headings, paragraphs with
/// or without a run-in head) in the layout of the genre, with every number (<c>一、</c>, <c>（一）</c>,
/// <c>一是</c>) already written out. Writers only decide how each kind of block is marked or styled.
/// </summary>
/// <remarks>
/// Layout rules: the title, then (when asked for) the individual's <c>post　name</c> line and the meeting
/// date line; the preamble; sections numbered <c>一、二、…</c> in document order, each headed by its own
/// heading or <see cref="SectionNames.Standard(SectionKind)"/>; then the section intro, the section's items,
/// the section closing. Preparation steps and last-year items are paragraphs <c>一是&lt;lead&gt;&lt;body&gt;</c>.
/// Aspect groups with a heading (their own, else the catalogue aspect's
/// <see cref="Aspects.Aspect.DefaultHeading"/>, else the aspect ID so that the group is not silently merged
/// into the one before) get a <c>（一）</c> heading paragraph, numbered among the headed groups only;
/// problems are <c>一是&lt;lead&gt;&lt;body&gt;&lt;examples…&gt;</c>, run on after the last intro paragraph with
/// <see cref="ItemLayout.Inline"/>, one paragraph each with <see cref="ItemLayout.Paragraphs"/>. Causes are one
/// paragraph with the run-in head <c>（一）&lt;title&gt;</c> followed by the body; measures likewise, followed by
/// their items (inline or as paragraphs) and, when the measure says who, by when or to what standard,
/// <c>（责任人：…；责任单位：…；完成时限：…；整改标准：…）</c> — at the end of the measure's paragraph, or as a
/// paragraph of its own after item paragraphs (so that it reads as the whole measure's, not the last item's).
/// Headings, titles and run-in heads that already start with their number (<c>一、</c>, <c>（二）</c>,
/// <c>(三)</c>, as imported text may) are not numbered again.
/// Text is never dropped: only blank lines inside a paragraph (which would split it) are removed, and
/// line breaks inside titles, headings and run-in heads become spaces (the title's own lines are kept
/// apart in <see cref="LayoutBlock.Lines"/> for writers that can break lines).
/// </remarks>
internal static class DocumentLayout
{
    /// <summary>Lays out <paramref name="document"/> without name or date lines (as the text writers do).</summary>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Checked between blocks.</param>
    /// <returns>The blocks, in reading order.</returns>
    public static IReadOnlyList<LayoutBlock> Lay(ReviewDocument document, CancellationToken cancellationToken) =>
        Lay(document, nameLine: false, dateLine: false, cancellationToken);

    /// <summary>Lays out <paramref name="document"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="nameLine">Whether an individual's <c>post　name</c> line follows the title.</param>
    /// <param name="dateLine">Whether the meeting date, when known, follows the title (and name line).</param>
    /// <param name="cancellationToken">Checked between blocks.</param>
    /// <returns>The blocks, in reading order.</returns>
    public static IReadOnlyList<LayoutBlock> Lay(ReviewDocument document, bool nameLine, bool dateLine, CancellationToken cancellationToken)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var blocks = new Blocks(cancellationToken);
        var header = document.Header;
        blocks.AddTitle(header.Title);
        // An imported material already has its byline and date in the opening: they are not written twice.
        if (nameLine && header.Subject.Kind == SubjectKind.Individual && !string.IsNullOrWhiteSpace(header.Subject.Name) && !PreambleHas(document, header.Subject.Name.Trim(), bylineOnly: true))
        {
            var post = header.Subject.Post?.Trim();
            blocks.Add(LayoutBlockKind.Byline, string.IsNullOrEmpty(post) ? header.Subject.Name.Trim() : post + "\u3000" + header.Subject.Name.Trim());
        }

        if (dateLine && header.MeetingDate is { } date && !PreambleHas(document, ChineseText.FormatDate(date), bylineOnly: false))
        {
            blocks.Add(LayoutBlockKind.Byline, ChineseText.FormatDate(date));
        }

        blocks.AddParagraphs(document.Preamble, "preamble");
        for (var i = 0; i < document.Sections.Count; i++)
        {
            LaySection(document, document.Sections[i], i + 1, DocumentPaths.Section(document, i), blocks);
        }

        return blocks.Items;
    }

    /// <summary>
    /// The heading an aspect group is printed under: its own, else the catalogue aspect's default heading,
    /// else its aspect ID; null for problems outside any aspect.
    /// </summary>
    public static string? AspectHeading(AspectGroup group, AspectCatalogue? catalogue)
    {
        if (!string.IsNullOrWhiteSpace(group.Heading))
        {
            return group.Heading;
        }

        if (group.AspectId is null)
        {
            return null;
        }

        return catalogue?.Find(group.AspectId)?.DefaultHeading ?? group.AspectId;
    }

    private static void LaySection(ReviewDocument document, Section section, int number, string path, Blocks blocks)
    {
        var heading = string.IsNullOrWhiteSpace(section.Heading) ? SectionNames.Standard(section.Kind) : section.Heading!;
        blocks.Add(LayoutBlockKind.SectionHeading, HasSectionNumber(heading) ? heading : ChineseText.SectionNumber(number) + heading, path + ".heading");
        blocks.AddParagraphs(section.Intro, path + (section is CustomSection ? ".paragraphs" : ".intro"));
        switch (section)
        {
            case PreparationSection preparation:
                LayItems(preparation.Steps, preparation.ItemNumberStyle, i => $"{path}.steps[{i}]", blocks);
                break;
            case RectificationSection rectification:
                LayItems(rectification.Items, rectification.ItemNumberStyle, i => $"{path}.items[{i}]", blocks);
                break;
            case ProblemSection problems:
                LayProblems(document.Header.Catalogue, problems, path, blocks);
                break;
            case CauseSection causes:
                for (var i = 0; i < causes.Causes.Count; i++)
                {
                    var cause = causes.Causes[i];
                    var head = Numbered(i + 1, cause.Title, causes.NumberStyle);
                    if (TitleStandsAlone(cause.Title, cause.Body))
                    {
                        blocks.Add(LayoutBlockKind.SubHeading, head, cause.Id);
                        blocks.Add(LayoutBlockKind.Paragraph, cause.Body, cause.Id);
                    }
                    else
                    {
                        blocks.AddRunIn(head, cause.Body, cause.Id);
                    }
                }

                break;
            case MeasureSection measures:
                for (var i = 0; i < measures.Measures.Count; i++)
                {
                    LayMeasure(measures.Measures[i], Numbered(i + 1, measures.Measures[i].Title, measures.NumberStyle), blocks);
                }

                break;
        }

        // A CustomSection keeps its paragraphs in Intro, already laid out above.
        blocks.AddParagraphs(section.Closing, path + ".closing");
    }

    private static void LayItems(ValueList<NumberedItem> items, ItemNumberStyle style, Func<int, string> target, Blocks blocks)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var marker = ChineseText.ItemMarker(i + 1, style);
            blocks.Add(LayoutBlockKind.Paragraph, marker + items[i].Text, new[] { (marker.Length, target(i)) });
        }
    }

    private static void LayProblems(AspectCatalogue? catalogue, ProblemSection section, string path, Blocks blocks)
    {
        var headed = 0;
        for (var g = 0; g < section.Aspects.Count; g++)
        {
            var group = section.Aspects[g];
            var groupPath = $"{path}.aspects[{g}]";
            var heading = AspectHeading(group, catalogue);
            if (heading is not null)
            {
                headed++;
                blocks.Add(LayoutBlockKind.SubHeading, Numbered(headed, heading, section.NumberStyle), groupPath + ".heading");
            }

            if (group.Layout == ItemLayout.Inline && !group.Problems.IsEmpty)
            {
                for (var i = 0; i < group.Intro.Count - 1; i++)
                {
                    blocks.Add(LayoutBlockKind.Paragraph, group.Intro[i].Text, $"{groupPath}.intro[{i}]");
                }

                var text = new StringBuilder();
                var anchors = new List<(int Offset, string Target)>(group.Problems.Count + 1);
                if (!group.Intro.IsEmpty)
                {
                    anchors.Add((0, $"{groupPath}.intro[{group.Intro.Count - 1}]"));
                    text.Append(group.Intro[group.Intro.Count - 1].Text);
                }

                for (var i = 0; i < group.Problems.Count; i++)
                {
                    AppendProblem(text, i + 1, group.Problems[i], ItemNumberStyle.ChineseOrdinal, anchors);
                }

                blocks.Add(LayoutBlockKind.Paragraph, text.ToString(), anchors);
            }
            else
            {
                blocks.AddParagraphs(group.Intro, groupPath + ".intro");
                for (var i = 0; i < group.Problems.Count; i++)
                {
                    var anchors = new List<(int Offset, string Target)>(1);
                    blocks.Add(LayoutBlockKind.Paragraph, AppendProblem(new StringBuilder(), i + 1, group.Problems[i], group.ItemNumberStyle, anchors).ToString(), anchors);
                }
            }

            blocks.AddParagraphs(group.Closing, groupPath + ".closing");
        }
    }

    private static StringBuilder AppendProblem(StringBuilder text, int number, Problem problem, ItemNumberStyle style, List<(int Offset, string Target)> anchors)
    {
        text.Append(ChineseText.ItemMarker(number, style));
        anchors.Add((text.Length, problem.Id));
        text.Append(problem.Lead).Append(problem.Body);
        foreach (var example in problem.Examples)
        {
            text.Append(example.Text);
        }

        return text;
    }

    private static void LayMeasure(Measure measure, string head, Blocks blocks)
    {
        var id = measure.Id;
        var anchor = new[] { (0, id) };
        var suffix = Accountability(measure);
        var alone = TitleStandsAlone(measure.Title, measure.Body);
        if (measure.ItemLayout == ItemLayout.Inline || measure.Items.IsEmpty)
        {
            var text = new StringBuilder(measure.Body);
            for (var i = 0; i < measure.Items.Count; i++)
            {
                text.Append(ChineseText.ItemMarker(i + 1)).Append(measure.Items[i].Text);
            }

            if (alone)
            {
                blocks.Add(LayoutBlockKind.SubHeading, head, anchor);
                blocks.Add(LayoutBlockKind.Paragraph, text.Append(suffix).ToString(), anchor);
            }
            else
            {
                blocks.AddRunIn(head, text.Append(suffix).ToString(), id);
            }

            return;
        }

        if (alone || (measure.Body.Length == 0 && !EndsSentence(measure.Title)))
        {
            blocks.Add(LayoutBlockKind.SubHeading, head, anchor);
            blocks.Add(LayoutBlockKind.Paragraph, measure.Body, anchor);
        }
        else
        {
            blocks.AddRunIn(head, measure.Body, id);
        }
        LayItems(measure.Items, measure.ItemNumberStyle, _ => id, blocks);
        blocks.Add(LayoutBlockKind.Paragraph, suffix, anchor);
    }

    /// <summary>
    /// Whether a cause's or measure's title is written on a line of its own: when its text follows in paragraphs
    /// of its own (the body starts with a line break) or the title is a bare phrase without a sentence end
    /// ("（一）坚定理想信念" above its text) — run on, the title and the text would read as one sentence.
    /// </summary>
    private static bool TitleStandsAlone(string title, string body) =>
        !string.IsNullOrWhiteSpace(body) && (body[0] == '\n' || body[0] == '\r' || !EndsSentence(title));

    private static bool EndsSentence(string title)
    {
        var t = title.TrimEnd();
        if (t.Length == 0)
        {
            return false;
        }

        var last = t[t.Length - 1];
        return last is '。' or '！' or '？' or '；' or '：' or '…' or '.' or '!' or '?' or ';' or ':' or '”' or '）' or ')';
    }

    /// <summary>Whether the opening already holds <paramref name="text"/> (the byline line, or a date anywhere in it).</summary>
    private static bool PreambleHas(ReviewDocument document, string text, bool bylineOnly)
    {
        for (var i = 0; i < document.Preamble.Count && i < 3; i++)
        {
            var paragraph = document.Preamble[i].Text;
            if (paragraph.IndexOf(text, StringComparison.Ordinal) >= 0 && (!bylineOnly || paragraph.Length <= 40))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="title"/>, prefixed with <c>（一）</c> unless it already starts with such a number.</summary>
    private static string Numbered(int number, string title, HeadingNumberStyle style) =>
        HasHeadingNumber(title) ? title : ChineseText.HeadingNumber(number, style) + title;

    /// <summary>Whether a heading already starts with <c>一、</c>.</summary>
    private static bool HasSectionNumber(string heading)
    {
        var start = FirstNonSpace(heading);
        var i = SkipNumerals(heading, start);
        return i > start && i < heading.Length && heading[i] == '、';
    }

    /// <summary>Whether a heading already starts with <c>（一）</c> or <c>(一)</c>.</summary>
    private static bool HasHeadingNumber(string heading)
    {
        var start = FirstNonSpace(heading);
        if (start >= heading.Length || (heading[start] != '（' && heading[start] != '('))
        {
            return false;
        }

        var i = SkipNumerals(heading, start + 1);
        return i > start + 1 && i < heading.Length && (heading[i] == '）' || heading[i] == ')');
    }

    private static int FirstNonSpace(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipNumerals(string text, int i)
    {
        while (i < text.Length && (ChineseNumerals.IsNumeral(text[i]) || text[i] == '百'))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// <c>（责任人：…；责任单位：…；完成时限：…；整改标准：…）</c> with only the parts the measure has, or
    /// the empty string when it has none or when its text already says it (<see cref="Measure.AccountabilityInText"/>).
    /// </summary>
    internal static string Accountability(Measure measure)
    {
        if (measure.AccountabilityInText)
        {
            return string.Empty;
        }

        var parts = new List<string>(4);
        var owners = new List<string>(measure.Owners.Count);
        foreach (var owner in measure.Owners)
        {
            if (!string.IsNullOrWhiteSpace(owner))
            {
                owners.Add(owner.Trim());
            }
        }

        if (owners.Count > 0)
        {
            parts.Add("责任人：" + string.Join("、", owners));
        }

        if (!string.IsNullOrWhiteSpace(measure.OwningUnit))
        {
            parts.Add("责任单位：" + measure.OwningUnit!.Trim());
        }

        if (measure.Deadline is not null)
        {
            parts.Add("完成时限：" + measure.Deadline);
        }

        if (!string.IsNullOrWhiteSpace(measure.Standard))
        {
            parts.Add("整改标准：" + measure.Standard!.Trim());
        }

        return parts.Count == 0 ? string.Empty : "（" + string.Join("；", parts) + "）";
    }

    /// <summary>Collects blocks, normalising their line breaks and skipping blank ones.</summary>
    private sealed class Blocks
    {
        private readonly CancellationToken _cancellationToken;

        public Blocks(CancellationToken cancellationToken)
        {
            _cancellationToken = cancellationToken;
        }

        public List<LayoutBlock> Items { get; } = new();

        /// <summary>Adds paragraphs, each anchoring <c>path[i]</c>.</summary>
        public void AddParagraphs(ValueList<Paragraph> paragraphs, string path)
        {
            for (var i = 0; i < paragraphs.Count; i++)
            {
                Add(LayoutBlockKind.Paragraph, paragraphs[i].Text, $"{path}[{i}]");
            }
        }

        /// <summary>Adds the title: one line of text, keeping the lines its author broke it into.</summary>
        public void AddTitle(string title)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var lines = JoinLines(title, "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
            if (lines.Length > 0)
            {
                Items.Add(new LayoutBlock(LayoutBlockKind.Title, string.Join(" ", lines), lines: lines, anchors: new[] { new LayoutAnchor(0, "header.title") }));
            }
        }

        /// <summary>Adds a paragraph opening with the run-in <paramref name="head"/> (made one line).</summary>
        public void AddRunIn(string head, string rest, string target)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var line = JoinLines(head, " ");
            var text = line + JoinLines(rest, "\n");
            if (text.Length > 0)
            {
                Items.Add(new LayoutBlock(LayoutBlockKind.Paragraph, text, line.Length > 0 ? line : null, anchors: new[] { new LayoutAnchor(0, target) }));
            }
        }

        public void Add(LayoutBlockKind kind, string text) => Add(kind, text, Array.Empty<(int, string)>());

        public void Add(LayoutBlockKind kind, string text, string target) => Add(kind, text, new[] { (0, target) });

        /// <summary>Adds a block whose elements start at the given offsets of <paramref name="text"/> (before normalising).</summary>
        public void Add(LayoutBlockKind kind, string text, IReadOnlyList<(int Offset, string Target)> anchors)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var separator = kind == LayoutBlockKind.Paragraph ? "\n" : " ";
            var normalised = JoinLines(text, separator);
            if (normalised.Length > 0)
            {
                var placed = new LayoutAnchor[anchors.Count];
                for (var i = 0; i < anchors.Count; i++)
                {
                    placed[i] = new LayoutAnchor(Place(text, anchors[i].Offset, separator, normalised.Length), anchors[i].Target);
                }

                Items.Add(new LayoutBlock(kind, normalised, anchors: placed));
            }
        }

        /// <summary>Where <paramref name="offset"/> of the raw text lands once normalised: the text before it, normalised
        /// with a non-blank mark after it (so that its last line is not trimmed away), ends just before the mark.</summary>
        private static int Place(string text, int offset, string separator, int length)
        {
            if (offset <= 0)
            {
                return 0;
            }

            var before = JoinLines(text.Substring(0, Math.Min(offset, text.Length)) + "\uFFFF", separator);
            return Math.Min(length, Math.Max(0, before.Length - 1));
        }

        /// <summary>Joins the non-blank lines of <paramref name="text"/> with <paramref name="separator"/>.</summary>
        private static string JoinLines(string text, string separator)
        {
            if (text.IndexOf('\n') < 0 && text.IndexOf('\r') < 0)
            {
                return string.IsNullOrWhiteSpace(text) ? string.Empty : separator == " " ? text.Trim() : text;
            }

            var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
            var kept = new List<string>(lines.Length);
            foreach (var line in lines)
            {
                if (!string.IsNullOrWhiteSpace(line))
                {
                    kept.Add(separator == " " ? line.Trim() : line.TrimEnd());
                }
            }

            return string.Join(separator, kept);
        }
    }
}
