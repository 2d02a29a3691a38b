using ReviewModel.Import;
using Xunit;

namespace ReviewModel.Tests.Import;

/// <summary>The importer's character classes, written for speed, hold to their plain definitions for every UTF-16 code unit.</summary>
public sealed class CharsTests
{
    [Fact]
    public void Spaces_are_the_listed_characters()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var expected = c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == '\uFEFF' || c == '\u200B';
            Assert.True(expected == Chars.IsSpace(c), $"U+{i:X4}");
        }
    }

    [Fact]
    public void Sentence_ends_are_the_listed_characters()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var expected = c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';' || c == '．';
            Assert.True(expected == Chars.IsSentenceEnd(c), $"U+{i:X4}");
        }
    }

    [Fact]
    public void The_heading_searches_character_lists_are_their_classes()
    {
        // The aspect-heading scan searches for these lists at once: they must stay the characters it tested one by one.
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            Assert.True((Chars.IsSentenceEnd(c) || c == '：' || c == ':') == (Chars.SentenceEndsAndColons.IndexOf(c) >= 0), $"U+{i:X4}");
            Assert.True((c == '。' || c == '：' || c == ':' || c == '！' || c == '？') == (ProblemSectionDraft.HeadingStops.IndexOf(c) >= 0), $"U+{i:X4}");
        }
    }
}
