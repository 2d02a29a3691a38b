using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using ReviewModel.Model;

namespace ReviewModel.Rendering;

/// <summary>
/// The one layout pass both text writers share: turns a <see cref="ReviewDocument"/> into the list
/// of logical blocks (title, section headings, aspect headings, paragraphs) in the layout of the
/// genre, with every number (<c>一、</c>, <c>（一）</c>, <c>一是</c>) already written out. Writers only
/// decide how each kind of block is marked.
/// </summary>
/// <remarks>
/// Layout rules: sections are numbered <c>一、二、…</c> in document order, each headed by its own heading
/// or <see cref="SectionNames.Standard(SectionKind)"/>; then the section intro, the section's items, the
/// section closing. Preparation steps and last-year items are paragraphs <c>一是&lt;lead&gt;&lt;body&gt;</c>.
/// Aspect groups with a heading (their own, else the catalogue aspect's
/// <see cref="Aspects.Aspect.DefaultHeading"/>) get a <c>（一）</c> heading paragraph, numbered among the
/// headed groups only; problems are <c>一是&lt;lead&gt;&lt;body&gt;&lt;examples…&gt;</c>, run on after the last
/// intro paragraph with <see cref="ItemLayout.Inline"/>, one paragraph each with
/// <see cref="ItemLayout.Paragraphs"/>. Causes are one paragraph <c>（一）&lt;title&gt;&lt;body&gt;</c>; measures
/// <c>（一）&lt;title&gt;&lt;body&gt;</c> followed by their items (inline or as paragraphs) and, when the measure
/// says who, by when or to what standard, <c>（责任人：…；责任单位：…；完成时限：…；整改标准：…）</c>.
/// Text is never dropped: only blank lines inside a paragraph (which would split it) are removed, and
/// line breaks inside titles and headings become spaces.
/// </remarks>
internal static class DocumentLayout
{
    /// <summary>Lays out <paramref name="document"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Checked between blocks.</param>
    /// <returns>The blocks, in reading order.</returns>
    public static IReadOnlyList<LayoutBlock> Lay(ReviewDocument document, CancellationToken cancellationToken)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var blocks = new Blocks(cancellationToken);
        blocks.Add(LayoutBlockKind.Title, document.Header.Title);
        blocks.AddParagraphs(document.Preamble);
        for (var i = 0; i < document.Sections.Count; i++)
        {
            LaySection(document, document.Sections[i], i + 1, blocks);
        }

        return blocks.Items;
    }

    private static void LaySection(ReviewDocument document, Section section, int number, Blocks blocks)
    {
        var heading = string.IsNullOrWhiteSpace(section.Heading) ? SectionNames.Standard(section.Kind) : section.Heading!;
        blocks.Add(LayoutBlockKind.SectionHeading, ChineseText.SectionNumber(number) + heading);
        blocks.AddParagraphs(section.Intro);
        switch (section)
        {
            case PreparationSection preparation:
                LayItems(preparation.Steps, blocks);
                break;
            case RectificationSection rectification:
                LayItems(rectification.Items, blocks);
                break;
            case ProblemSection problems:
                LayProblems(document, problems, blocks);
                break;
            case CauseSection causes:
                for (var i = 0; i < causes.Causes.Count; i++)
                {
                    var cause = causes.Causes[i];
                    blocks.Add(LayoutBlockKind.Paragraph, ChineseText.HeadingNumber(i + 1, causes.NumberStyle) + cause.Title + cause.Body);
                }

                break;
            case MeasureSection measures:
                for (var i = 0; i < measures.Measures.Count; i++)
                {
                    LayMeasure(measures.Measures[i], ChineseText.HeadingNumber(i + 1, measures.NumberStyle), blocks);
                }

                break;
        }

        blocks.AddParagraphs(section.Closing);
    }

    private static void LayItems(ValueList<NumberedItem> items, Blocks blocks)
    {
        for (var i = 0; i < items.Count; i++)
        {
            blocks.Add(LayoutBlockKind.Paragraph, ChineseText.ItemMarker(i + 1) + items[i].Text);
        }
    }

    private static void LayProblems(ReviewDocument document, ProblemSection section, Blocks blocks)
    {
        var headed = 0;
        foreach (var group in section.Aspects)
        {
            var heading = AspectHeading(document, group);
            if (heading is not null)
            {
                headed++;
                blocks.Add(LayoutBlockKind.SubHeading, ChineseText.HeadingNumber(headed, section.NumberStyle) + heading);
            }

            if (group.Layout == ItemLayout.Inline && !group.Problems.IsEmpty)
            {
                for (var i = 0; i < group.Intro.Count - 1; i++)
                {
                    blocks.Add(LayoutBlockKind.Paragraph, group.Intro[i].Text);
                }

                var text = new StringBuilder();
                if (!group.Intro.IsEmpty)
                {
                    text.Append(group.Intro[group.Intro.Count - 1].Text);
                }

                for (var i = 0; i < group.Problems.Count; i++)
                {
                    AppendProblem(text, i + 1, group.Problems[i]);
                }

                blocks.Add(LayoutBlockKind.Paragraph, text.ToString());
            }
            else
            {
                blocks.AddParagraphs(group.Intro);
                for (var i = 0; i < group.Problems.Count; i++)
                {
                    blocks.Add(LayoutBlockKind.Paragraph, AppendProblem(new StringBuilder(), i + 1, group.Problems[i]).ToString());
                }
            }

            blocks.AddParagraphs(group.Closing);
        }
    }

    private static string? AspectHeading(ReviewDocument document, AspectGroup group)
    {
        if (!string.IsNullOrWhiteSpace(group.Heading))
        {
            return group.Heading;
        }

        return group.AspectId is null ? null : document.Header.Catalogue?.Find(group.AspectId)?.DefaultHeading;
    }

    private static StringBuilder AppendProblem(StringBuilder text, int number, Problem problem)
    {
        text.Append(ChineseText.ItemMarker(number)).Append(problem.Lead).Append(problem.Body);
        foreach (var example in problem.Examples)
        {
            text.Append(example.Text);
        }

        return text;
    }

    private static void LayMeasure(Measure measure, string number, Blocks blocks)
    {
        var suffix = Accountability(measure);
        var text = new StringBuilder(number).Append(measure.Title).Append(measure.Body);
        if (measure.ItemLayout == ItemLayout.Inline || measure.Items.IsEmpty)
        {
            for (var i = 0; i < measure.Items.Count; i++)
            {
                text.Append(ChineseText.ItemMarker(i + 1)).Append(measure.Items[i].Text);
            }

            blocks.Add(LayoutBlockKind.Paragraph, text.Append(suffix).ToString());
            return;
        }

        blocks.Add(LayoutBlockKind.Paragraph, text.ToString());
        LayItems(measure.Items, blocks);
        blocks.Add(LayoutBlockKind.Paragraph, suffix);
    }

    /// <summary>
    /// <c>（责任人：…；责任单位：…；完成时限：…；整改标准：…）</c> with only the parts the measure has, or
    /// the empty string when it has none.
    /// </summary>
    internal static string Accountability(Measure measure)
    {
        var parts = new List<string>(4);
        if (!measure.Owners.IsEmpty)
        {
            parts.Add("责任人：" + string.Join("、", measure.Owners));
        }

        if (!string.IsNullOrWhiteSpace(measure.OwningUnit))
        {
            parts.Add("责任单位：" + measure.OwningUnit);
        }

        if (measure.Deadline is not null)
        {
            parts.Add("完成时限：" + measure.Deadline);
        }

        if (!string.IsNullOrWhiteSpace(measure.Standard))
        {
            parts.Add("整改标准：" + measure.Standard);
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

        public void AddParagraphs(ValueList<Paragraph> paragraphs)
        {
            foreach (var paragraph in paragraphs)
            {
                Add(LayoutBlockKind.Paragraph, paragraph.Text);
            }
        }

        public void Add(LayoutBlockKind kind, string text)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var normalised = kind == LayoutBlockKind.Paragraph ? JoinLines(text, "\n") : JoinLines(text, " ");
            if (normalised.Length > 0)
            {
                Items.Add(new LayoutBlock(kind, normalised));
            }
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
