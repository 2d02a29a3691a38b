using System;
using ReviewModel.Text;
using Xunit;

namespace ReviewModel.Tests.Text;

/// <summary>Searches in a string and in a buffer read alike, and as the string methods they stand for.</summary>
public class TextSourceTests
{
    private const string Alphabet = "谈心话次a";

    [Fact]
    public void Searches_match_the_string_methods_on_every_range()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var text = RandomText(random, random.Next(0, 14));
            var value = RandomText(random, random.Next(1, 3));

            // A buffer longer than the text, its tail holding stale characters that must not be read.
            var buffer = (text + new string('谈', 5)).ToCharArray();
            var inBuffer = new BufferText(buffer, text.Length);
            var inString = new StringText(text);
            for (var from = 0; from <= text.Length; from++)
            {
                var expected = text.IndexOf(value, from, StringComparison.Ordinal);
                Assert.Equal(expected, inString.IndexOf(value, from));
                Assert.Equal(expected, inBuffer.IndexOf(value, from));
                Assert.Equal(text.IndexOf(value[0], from), inBuffer.IndexOf(value[0], from));
                for (var to = from; to <= text.Length; to++)
                {
                    var last = to - from >= value.Length ? text.LastIndexOf(value, to - 1, to - from, StringComparison.Ordinal) : -1;
                    Assert.Equal(last, inString.LastIndexOf(value, from, to));
                    Assert.Equal(last, inBuffer.LastIndexOf(value, from, to));
                }
            }

            Assert.Throws<IndexOutOfRangeException>(() => inBuffer[text.Length]);
        }
    }

    [Fact]
    public void A_character_set_holds_exactly_its_characters()
    {
        var set = new CharSet("0９年x");

        Assert.True(set.Contains('0') && set.Contains('９') && set.Contains('年') && set.Contains('x'));
        Assert.False(set.Contains('1') || set.Contains('８') || set.Contains('月') || set.Contains('X') || set.Contains('\0') || set.Contains('\uFFFF'));
    }

    private static string RandomText(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }
}
