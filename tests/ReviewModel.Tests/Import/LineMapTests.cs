using System.Linq;
using CsCheck;
using ReviewModel.Import;
using Xunit;

namespace ReviewModel.Tests.Import;

/// <summary>Line and column of every offset, held to the definition: a line ends at \n, \r\n or a lone \r.</summary>
public sealed class LineMapTests
{
    [Fact]
    public void Every_offset_is_located_as_the_definition_says()
    {
        Gen.Char["ab中\n\r　"].Array[0, 40].Select(chars => new string(chars)).Sample(text =>
        {
            AssertLocatedAsDefined(new LineMap(text, "f.txt"), text);
        }, iter: 2000);
    }

    [Fact]
    public void Offsets_asked_in_any_order_are_located_as_in_order()
    {
        // The map guesses that an offset is on the line of the one before: asked out of order, it must still answer right.
        Gen.Select(Gen.Char["ab中\n\r　"].Array[0, 40].Select(chars => new string(chars)), Gen.Int[-2, 45].Array[1, 30]).Sample((text, offsets) =>
        {
            var inOrder = new LineMap(text, null);
            var expected = new (int, int)[text.Length + 1];
            for (var offset = 0; offset <= text.Length; offset++)
            {
                var location = inOrder.Locate(offset);
                expected[offset] = (location.Line, location.Column);
            }

            var map = new LineMap(text, null);
            foreach (var offset in offsets)
            {
                var clamped = System.Math.Min(System.Math.Max(offset, 0), text.Length);
                var location = map.Locate(clamped);
                Assert.Equal(expected[clamped], (location.Line, location.Column));
            }
        }, iter: 2000);
    }

    [Fact]
    public void A_text_of_hundreds_of_lines_is_located_past_the_maps_first_room()
    {
        // The map starts with room for 64 line starts (and one per 128 characters) and doubles: texts of hundreds of lines cross that.
        Gen.Select(Gen.Char["a\n\r"].Array[0, 800], Gen.Int[0, 3]).Select((chars, extra) => new string(chars) + new string('\n', extra)).Sample(text =>
        {
            var map = new LineMap(text, null);
            Assert.Equal(AssertLocatedAsDefined(map, text), map.LineCount);

            // The plain-text reader cuts its lines at the map's line starts: each line's characters, as the definition splits them.
            var expected = System.Text.RegularExpressions.Regex.Split(text, "\r\n|\r|\n");
            var lines = PlainTextReader.Read(text, ImportOptions.Default, default, map);
            Assert.Equal(expected, lines.Select(l => l.Raw.Text));
        }, iter: 500);
    }

    /// <summary>Asserts that every offset of <paramref name="text"/> is located as the definition says; returns the last line's number.</summary>
    private static int AssertLocatedAsDefined(LineMap map, string text)
    {
        int line = 1, column = 1;
        for (var offset = 0; offset <= text.Length; offset++)
        {
            var location = map.Locate(offset);
            Assert.Equal((line, column), (location.Line, location.Column));
            if (offset == text.Length)
            {
                break;
            }

            var c = text[offset];
            var endsLine = c == '\n' || (c == '\r' && (offset + 1 == text.Length || text[offset + 1] != '\n'));
            (line, column) = endsLine ? (line + 1, 1) : (line, column + 1);
        }

        return line;
    }
}
