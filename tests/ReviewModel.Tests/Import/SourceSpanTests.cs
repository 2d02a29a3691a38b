using System;
using System.Collections.Generic;
using System.Linq;
using ReviewModel.Import;
using Xunit;

namespace ReviewModel.Tests.Import;

/// <summary>
/// The piecewise position map of <see cref="SourceSpan"/> against a reference that keeps one offset per
/// character (the map it replaced): random cuts, trims, joins with separators and inserted text, nested.
/// </summary>
public sealed class SourceSpanTests
{
    private const string Source = "  一是理论学习不够深入，\r\n二是 **担当作为** 不够。\n（三）x86 架构 and 1,000 \u3000\n";

    /// <summary>A span and, for each of its characters, the input offset the old per-character map gave it.</summary>
    private sealed record Reference(SourceSpan Span, string Text, int[] Offsets);

    [Fact]
    public void Random_cuts_and_joins_keep_every_characters_offset()
    {
        var random = new Random(20261130);
        for (var round = 0; round < 2_000; round++)
        {
            var span = Build(random, depth: 0);
            Check(span);
        }
    }

    /// <summary>A span is a view: its characters read in place (<see cref="SourceSpan.AsSpan"/>, the indexer) are its text's,
    /// before the text is made and after, however it was cut and joined.</summary>
    [Fact]
    public void Characters_read_in_place_are_the_texts()
    {
        var random = new Random(20261201);
        for (var round = 0; round < 2_000; round++)
        {
            var reference = Build(random, depth: 0);
            var span = reference.Span;
            Assert.Equal(reference.Text, span.AsSpan().ToString());
            Assert.Equal(reference.Text, new string(Enumerable.Range(0, span.Length).Select(i => span[i]).ToArray()));
            Assert.Equal(reference.Text, span.Text);
            Assert.Same(span.Text, span.Text);
            Assert.Throws<ArgumentOutOfRangeException>(() => span[span.Length]);
        }
    }

    [Fact]
    public void Join_places_a_separator_at_the_character_before_it_and_inserted_text_at_its_offset()
    {
        var a = SourceSpan.FromSource(Source, 2, 4);
        var b = SourceSpan.FromSource(Source, 15, 2);
        var joined = SourceSpan.Join(new[] { a, SourceSpan.Inserted(" ", 40), b }, "|");
        Assert.Equal("一是理论| |二是", joined.Text);
        Assert.Equal(new[] { 2, 3, 4, 5, 5, 40, 40, 15, 16 }, Enumerable.Range(0, joined.Length).Select(joined.OffsetAt));
        Assert.Equal(17, joined.OffsetAt(joined.Length));
        Assert.Equal(new[] { 40, 40, 15 }, Enumerable.Range(0, 3).Select(joined.Slice(5, 3).OffsetAt));
    }

    [Fact]
    public void Empty_and_whole_slices()
    {
        var span = SourceSpan.FromSource(Source, 2, 10);
        Assert.Same(span, span.Slice(0));
        Assert.Equal(string.Empty, span.Slice(3, 0).Text);
        Assert.Equal(5, span.Slice(3, 0).OffsetAt(0));
        Assert.True(span.Slice(3, 0).HasPosition);
        Assert.False(SourceSpan.Empty.HasPosition);
        Assert.False(SourceSpan.Inserted(string.Empty, 3).HasPosition);
        Assert.True(SourceSpan.Inserted("、", 3).HasPosition);
    }

    private static Reference Build(Random random, int depth)
    {
        var choice = depth >= 3 ? 0 : random.Next(5);
        switch (choice)
        {
            case 0:
            {
                var start = random.Next(Source.Length);
                var length = random.Next(Source.Length - start + 1);
                var span = SourceSpan.FromSource(Source, start, length);
                return new Reference(span, Source.Substring(start, length), Enumerable.Range(start, length).ToArray());
            }

            case 1:
            {
                var text = random.Next(2) == 0 ? " " : "——";
                var offset = random.Next(Source.Length);
                return new Reference(SourceSpan.Inserted(text, offset), text, Enumerable.Repeat(offset, text.Length).ToArray());
            }

            case 2:
            {
                var parts = Enumerable.Range(0, random.Next(1, 5)).Select(_ => Build(random, depth + 1)).ToList();
                var separator = random.Next(3) switch { 0 => string.Empty, 1 => " ", _ => "，" };
                var joined = SourceSpan.Join(parts.Select(p => p.Span).ToList(), separator);
                var nonEmpty = parts.Where(p => p.Text.Length > 0).ToList();
                if (nonEmpty.Count <= 1)
                {
                    var single = nonEmpty.Count == 1 ? nonEmpty[0] : parts[0];
                    return single with { Span = joined };
                }

                var text = string.Empty;
                var offsets = new List<int>();
                foreach (var part in nonEmpty)
                {
                    if (text.Length > 0)
                    {
                        text += separator;
                        offsets.AddRange(Enumerable.Repeat(offsets[offsets.Count - 1], separator.Length));
                    }

                    text += part.Text;
                    offsets.AddRange(part.Offsets);
                }

                return new Reference(joined, text, offsets.ToArray());
            }

            case 3:
            {
                var inner = Build(random, depth + 1);
                var start = random.Next(inner.Text.Length + 1);
                var length = random.Next(inner.Text.Length - start + 1);
                var slice = inner.Span.Slice(start, length);
                if (length == 0 && !(start <= 0 && length >= inner.Text.Length))
                {
                    // An empty cut is placed where it was cut; it has no per-character offsets.
                    Assert.Equal(string.Empty, slice.Text);
                    Assert.Equal(OffsetAt(inner, start), slice.OffsetAt(0));
                    return new Reference(slice, string.Empty, Array.Empty<int>());
                }

                return new Reference(slice, inner.Text.Substring(start, length), inner.Offsets.Skip(start).Take(length).ToArray());
            }

            default:
            {
                var inner = Build(random, depth + 1);
                var trimmed = inner.Span.Trim();
                var start = 0;
                var end = inner.Text.Length;
                while (start < end && IsSpace(inner.Text[start]))
                {
                    start++;
                }

                while (end > start && IsSpace(inner.Text[end - 1]))
                {
                    end--;
                }

                if (end == start && inner.Text.Length > 0)
                {
                    return new Reference(trimmed, string.Empty, Array.Empty<int>());
                }

                return new Reference(trimmed, inner.Text.Substring(start, end - start), inner.Offsets.Skip(start).Take(end - start).ToArray());
            }
        }
    }

    private static void Check(Reference reference)
    {
        var span = reference.Span;
        Assert.Equal(reference.Text, span.Text);
        Assert.Equal(reference.Text.Length, span.Length);
        for (var i = 0; i < span.Length; i++)
        {
            Assert.Equal(reference.Text[i], span[i]);
            Assert.Equal(reference.Offsets[i], span.OffsetAt(i));
        }

        if (span.Length > 0)
        {
            Assert.Equal(reference.Offsets[span.Length - 1] + 1, span.OffsetAt(span.Length));
        }
    }

    /// <summary>The old map's offset at <paramref name="index"/>: the character's, or one past the last character's at the end.</summary>
    private static int OffsetAt(Reference reference, int index) =>
        index < reference.Offsets.Length ? reference.Offsets[index] : reference.Offsets.Length == 0 ? reference.Span.OffsetAt(0) : reference.Offsets[reference.Offsets.Length - 1] + 1;

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0' or '\r' or '\n' or '\f' or '\v' or '\uFEFF' or '\u200B';
}
