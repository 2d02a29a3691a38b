using System;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>Tells whether a paragraph starts a section: <c>一、</c> headings, Markdown/Word headings at the
/// section level, and bare lines that only name a section (存在的问题, 整改措施). Paragraphs are read in place: a
/// heading's string is made only when the model needs it.</summary>
internal sealed class SectionStartReader
{
    /// <summary>What ends a numbered heading that names a section (一、存在的问题：) without being part of its name.</summary>
    private static readonly char[] HeadingEnds = { '。', '：', ':' };

    private readonly bool _headingsAreSections;
    private int _sectionLevel;

    /// <summary>Creates a reader; when the material has no <c>一、</c> sections, <c>（一）存在的问题</c> and <c>1.存在的问题</c> headings are its sections.</summary>
    public SectionStartReader(bool headingsAreSections)
    {
        _headingsAreSections = headingsAreSections;
    }

    /// <summary>Whether any paragraph is a <c>一、</c> heading naming a known section.</summary>
    public static bool HasNumberedSections(System.Collections.Generic.IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Kind == MarkerKind.Section && SectionClassifier.Classify(Heading(block.Content.AsSpan())) is not null)
            {
                return true;
            }
        }

        return false;
    }

    public SectionStart? Read(Block block)
    {
        if (block.Kind == MarkerKind.Section)
        {
            var (head, rest) = SplitHeading(block.Content);
            var kind = SectionClassifier.Classify(head.AsSpan());
            if (kind is null && AspectMatcher.LooksLikeAspect(head.AsSpan()))
            {
                return null;
            }

            if (block.HeadingLevel > 0 && _sectionLevel == 0)
            {
                _sectionLevel = block.HeadingLevel;
            }

            return new SectionStart(kind ?? SectionKind.Other, head, rest, kind is not null);
        }

        if ((block.Kind == MarkerKind.Heading || block.Kind == MarkerKind.Arabic) && _headingsAreSections)
        {
            var named = SectionClassifier.ClassifyBareLine(Heading(block.Content.AsSpan()).TrimEnd(HeadingEnds.AsSpan()));
            if (named is null)
            {
                return null;
            }

            var (head, rest) = SplitHeading(block.Content);
            return new SectionStart(named.Value, head, rest, true);
        }

        if (block.Kind != MarkerKind.None)
        {
            return null;
        }

        if (block.HeadingLevel > 0)
        {
            if ((_sectionLevel != 0 && block.HeadingLevel > _sectionLevel) || block.Content.Length > ImportThresholds.MaxHeadingLength)
            {
                return null;
            }

            var text = block.Content.AsSpan();
            var kind = !SectionClassifier.IsGuideLine(text) ? SectionClassifier.Classify(text) : null;
            if (kind is not null && !AspectMatcher.LooksLikeAspect(text))
            {
                _sectionLevel = block.HeadingLevel;
                return new SectionStart(kind.Value, block.Content, SourceSpan.Empty, true);
            }

            return null;
        }

        var bare = SectionClassifier.ClassifyBareLine(block.Content);
        return bare is null ? null : new SectionStart(bare.Value, block.Content, SourceSpan.Empty, true);
    }

    /// <summary>Splits a section heading from text following it in the same paragraph (一、会前准备情况。会前，……); the
    /// remainder is <see cref="SourceSpan.Empty"/> when nothing but spaces follows.</summary>
    public static (SourceSpan Heading, SourceSpan Remainder) SplitHeading(SourceSpan content) => content.SplitAt(HeadingEnd(content.AsSpan()));

    /// <summary>The heading <see cref="SplitHeading"/> gives, read in place.</summary>
    private static ReadOnlySpan<char> Heading(ReadOnlySpan<char> text) => Chars.Head(text, HeadingEnd(text));

    /// <summary>Where a section heading ends: just after its first sentence end or colon (within the longest heading), or
    /// -1 when the whole paragraph is the heading.</summary>
    private static int HeadingEnd(ReadOnlySpan<char> text)
    {
        var at = text.Slice(0, Math.Min(text.Length, ImportThresholds.MaxHeadingLength + 1)).IndexOfAny(Chars.SentenceEndsAndColons.AsSpan());
        return at < 0 ? -1 : at + 1;
    }
}
