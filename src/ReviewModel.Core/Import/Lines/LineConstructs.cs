using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// The constructs a line can be and what each says about paragraphs (<see cref="LineConstruct"/>). The paragraph
/// joiner joins two lines only when no construct of the second line can interrupt and no construct of the first
/// line closes.
/// </summary>
internal static class LineConstructs
{
    /// <summary>Every construct, in no particular order (each answers for itself).</summary>
    public static IReadOnlyList<LineConstruct> All => Constructs;

    /// <summary>The constructs as an array, which the checks below walk without an enumerator.</summary>
    private static readonly LineConstruct[] Constructs =
    {
        new MarkupHeading(),
        new BoldLead(),
        new NumberedLine(),
        new SectionHeading(),
        new GuideLine(),
        new AspectHeading(),
    };

    /// <summary>Whether some construct of <paramref name="line"/> can interrupt a paragraph.</summary>
    public static bool Interrupts(TextLine line)
    {
        foreach (var construct in Constructs)
        {
            if (construct.CanInterrupt(line))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some construct of <paramref name="line"/> closes its paragraph.</summary>
    public static bool Closes(TextLine line, bool wrapped)
    {
        foreach (var construct in Constructs)
        {
            if (construct.Closes(line, wrapped))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A Markdown or Word heading (<c>## 一、存在的问题</c>): it interrupts, and it is one line.</summary>
    private sealed class MarkupHeading : LineConstruct
    {
        public override string Name => "markup heading";

        public override bool CanInterrupt(TextLine line) => line.HeadingLevel > 0;

        public override bool Closes(TextLine line, bool wrapped) => line.HeadingLevel > 0;
    }

    /// <summary>A bold lead phrase (<c>**学习不深。**……</c>) starts an item, so it interrupts; a line that is bold
    /// all through is a heading and closes.</summary>
    private sealed class BoldLead : LineConstruct
    {
        public override string Name => "bold lead";

        public override bool CanInterrupt(TextLine line) => line.BoldLength > 0;

        public override bool Closes(TextLine line, bool wrapped) => line.BoldLength >= line.Text.Length;
    }

    /// <summary>A line starting with numbering (<c>一、</c>, <c>（一）</c>, <c>一是</c>, <c>1.</c>, <c>①</c>, <c>第一，</c>):
    /// it interrupts. A short numbered section or aspect heading without a sentence end closes, except in text
    /// wrapped at a page width, where a full-width heading goes on in the next line.</summary>
    private sealed class NumberedLine : LineConstruct
    {
        public override string Name => "numbered line";

        public override bool CanInterrupt(TextLine line) => Marker.Read(line.Text.AsSpan()).Kind != MarkerKind.None;

        public override bool Closes(TextLine line, bool wrapped)
        {
            return !wrapped
                && Marker.Read(line.Text.AsSpan()).Kind is MarkerKind.Section or MarkerKind.Heading
                && line.Text.Length <= ImportThresholds.MaxHeadingLength
                && !ParagraphJoiner.EndsParagraph(line);
        }
    }

    /// <summary>An unnumbered section heading (<c>存在的问题</c>, <c>整改措施</c>) closes. It does not interrupt: a line of
    /// running text wrapped by a PDF can start with the same words.</summary>
    private sealed class SectionHeading : LineConstruct
    {
        public override string Name => "section heading";

        public override bool Closes(TextLine line, bool wrapped) => SectionClassifier.ClassifyBareLine(line.Text) is not null;
    }

    /// <summary>A template's writing guide on its own line (<c>【思想根源】</c>, <c>〔作风方面〕</c>): a hint that is always a
    /// line of its own, so it interrupts and closes (it is never continued, nor glued to an unfinished line before it).</summary>
    private sealed class GuideLine : LineConstruct
    {
        public override string Name => "guide line";

        public override bool CanInterrupt(TextLine line) => SectionClassifier.IsGuideLine(line.Text.AsSpan());

        public override bool Closes(TextLine line, bool wrapped) => SectionClassifier.IsGuideLine(line.Text.AsSpan());
    }

    /// <summary>An unnumbered aspect heading (<c>在带头……方面</c>) neither interrupts nor closes: a clause naming aspects
    /// inside running text looks the same (failure class 2 of issue 9); only a numbered, bold or markup aspect
    /// heading — the constructs above — starts a paragraph.</summary>
    private sealed class AspectHeading : LineConstruct
    {
        public override string Name => "aspect heading";
    }
}
