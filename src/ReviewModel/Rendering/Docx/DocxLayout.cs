using System.Collections.Generic;
using System.Text;
using System.Threading;
using ReviewModel.Aspects;
using ReviewModel.Model;

namespace ReviewModel.Rendering.Docx;

/// <summary>
/// Lays a document out as the paragraphs of the sample material: the title, the name/date lines,
/// the preamble, <c>一、</c> section headings, <c>（一）</c> aspect headings on their own line,
/// <c>（一）title</c> at the start of each cause and measure, <c>一是…</c> items (run on or as
/// paragraphs, as the model says) and the owner/deadline suffix of each measure.
/// </summary>
internal static class DocxLayout
{
    public static List<DocxBlock> Layout(ReviewDocument document, DocxOptions options, int titleCharsPerLine, CancellationToken cancellationToken)
    {
        var blocks = new List<DocxBlock>();
        var header = document.Header;
        blocks.Add(new DocxBlock(DocxBlockKind.Title, header.Title, lines: TitleSplitter.Split(header.Title, titleCharsPerLine)));
        if (options.NameLine && header.Subject.Kind == SubjectKind.Individual && header.Subject.Name.Trim().Length > 0)
        {
            var post = header.Subject.Post?.Trim();
            blocks.Add(new DocxBlock(DocxBlockKind.Byline, string.IsNullOrEmpty(post) ? header.Subject.Name.Trim() : post + "\u3000" + header.Subject.Name.Trim()));
        }

        if (options.DateLine && header.MeetingDate is { } date)
        {
            blocks.Add(new DocxBlock(DocxBlockKind.Byline, ChineseText.FormatDate(date)));
        }

        AddParagraphs(blocks, document.Preamble);
        for (var s = 0; s < document.Sections.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var section = document.Sections[s];
            var heading = section.Heading ?? SectionNames.Standard(section.Kind);
            blocks.Add(new DocxBlock(DocxBlockKind.Heading1, HasSectionNumber(heading) ? heading : ChineseText.SectionNumber(s + 1) + heading));
            AddParagraphs(blocks, section.Intro);
            switch (section)
            {
                case PreparationSection preparation:
                    AddItems(blocks, preparation.Steps);
                    break;
                case RectificationSection rectification:
                    AddItems(blocks, rectification.Items);
                    break;
                case ProblemSection problems:
                    AddProblems(blocks, problems, header.Catalogue);
                    break;
                case CauseSection causes:
                    for (var c = 0; c < causes.Causes.Count; c++)
                    {
                        var cause = causes.Causes[c];
                        blocks.Add(new DocxBlock(DocxBlockKind.RunIn, cause.Body, Numbered(c + 1, cause.Title, causes.NumberStyle)));
                    }

                    break;
                case MeasureSection measures:
                    for (var m = 0; m < measures.Measures.Count; m++)
                    {
                        AddMeasure(blocks, measures.Measures[m], Numbered(m + 1, measures.Measures[m].Title, measures.NumberStyle));
                    }

                    break;
            }

            // CustomSection keeps its paragraphs in Intro, already added above.
            AddParagraphs(blocks, section.Closing);
        }

        return blocks;
    }

    /// <summary>The heading an aspect group is printed under, or null for problems outside any aspect.</summary>
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

    /// <summary>The suffix <c>（责任人：…；责任单位：…；完成时限：…；整改标准：…）</c>, or empty when the measure has none of them.</summary>
    public static string OwnerSuffix(Measure measure)
    {
        var parts = new List<string>(4);
        var owners = new List<string>();
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

    private static void AddProblems(List<DocxBlock> blocks, ProblemSection section, AspectCatalogue? catalogue)
    {
        var aspectNumber = 0;
        foreach (var group in section.Aspects)
        {
            var heading = AspectHeading(group, catalogue);
            if (heading is not null)
            {
                aspectNumber++;
                blocks.Add(new DocxBlock(DocxBlockKind.Heading2, HasHeadingNumber(heading) ? heading : ChineseText.HeadingNumber(aspectNumber, section.NumberStyle) + heading));
            }

            if (group.Layout == ItemLayout.Inline && group.Problems.Count > 0)
            {
                // Items run on after the last intro paragraph ("…主要表现为以下方面：一是…二是…").
                for (var i = 0; i < group.Intro.Count - 1; i++)
                {
                    blocks.Add(new DocxBlock(DocxBlockKind.Body, group.Intro[i].Text));
                }

                var text = new StringBuilder();
                if (group.Intro.Count > 0)
                {
                    text.Append(group.Intro[group.Intro.Count - 1].Text);
                }

                for (var p = 0; p < group.Problems.Count; p++)
                {
                    AppendProblem(text, p + 1, group.Problems[p]);
                }

                blocks.Add(new DocxBlock(DocxBlockKind.Body, text.ToString()));
            }
            else
            {
                AddParagraphs(blocks, group.Intro);
                for (var p = 0; p < group.Problems.Count; p++)
                {
                    var text = new StringBuilder();
                    AppendProblem(text, p + 1, group.Problems[p]);
                    blocks.Add(new DocxBlock(DocxBlockKind.Body, text.ToString()));
                }
            }

            AddParagraphs(blocks, group.Closing);
        }
    }

    private static void AppendProblem(StringBuilder text, int number, Problem problem)
    {
        text.Append(ChineseText.ItemMarker(number)).Append(problem.Lead).Append(problem.Body);
        foreach (var example in problem.Examples)
        {
            text.Append(example.Text);
        }
    }

    private static void AddMeasure(List<DocxBlock> blocks, Measure measure, string head)
    {
        var suffix = OwnerSuffix(measure);
        if (measure.ItemLayout == ItemLayout.Inline || measure.Items.IsEmpty)
        {
            var text = new StringBuilder(measure.Body);
            for (var i = 0; i < measure.Items.Count; i++)
            {
                text.Append(ChineseText.ItemMarker(i + 1)).Append(measure.Items[i].Text);
            }

            text.Append(suffix);
            blocks.Add(new DocxBlock(DocxBlockKind.RunIn, text.ToString(), head));
            return;
        }

        blocks.Add(new DocxBlock(DocxBlockKind.RunIn, measure.Body, head));
        for (var i = 0; i < measure.Items.Count; i++)
        {
            var last = i == measure.Items.Count - 1;
            blocks.Add(new DocxBlock(DocxBlockKind.Body, ChineseText.ItemMarker(i + 1) + measure.Items[i].Text + (last ? suffix : string.Empty)));
        }
    }

    private static void AddItems(List<DocxBlock> blocks, ValueList<NumberedItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            blocks.Add(new DocxBlock(DocxBlockKind.Body, ChineseText.ItemMarker(i + 1) + items[i].Text));
        }
    }

    private static void AddParagraphs(List<DocxBlock> blocks, ValueList<Paragraph> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            blocks.Add(new DocxBlock(DocxBlockKind.Body, paragraph.Text));
        }
    }

    private static string Numbered(int number, string title, HeadingNumberStyle style) =>
        HasHeadingNumber(title) ? title : ChineseText.HeadingNumber(number, style) + title;

    /// <summary>Whether a heading already starts with <c>一、</c> (as imported text may).</summary>
    private static bool HasSectionNumber(string heading)
    {
        var i = 0;
        while (i < heading.Length && IsNumeral(heading[i]))
        {
            i++;
        }

        return i > 0 && i < heading.Length && heading[i] == '、';
    }

    /// <summary>Whether a heading already starts with <c>（一）</c> or <c>(一)</c>.</summary>
    private static bool HasHeadingNumber(string heading)
    {
        if (heading.Length < 3 || (heading[0] != '（' && heading[0] != '('))
        {
            return false;
        }

        var i = 1;
        while (i < heading.Length && IsNumeral(heading[i]))
        {
            i++;
        }

        return i > 1 && i < heading.Length && (heading[i] == '）' || heading[i] == ')');
    }

    private static bool IsNumeral(char c) => "〇一二三四五六七八九十百".IndexOf(c) >= 0;
}
