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
            var map = new LineMap(text, "f.txt");
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
        }, iter: 2000);
    }
}
