using System.Linq;
using CsCheck;
using ReviewModel.Import;
using Xunit;

namespace ReviewModel.Tests.Import;

/// <summary>
/// The check that rejects input which is not text (<see cref="TextImport.CheckText"/>) against its definition: a NUL is an
/// error naming its line; a text with no visible character is empty; more than 16 stray control characters that are
/// also one character in ten make it "mostly control characters". Stray controls are C0 and C1 controls other than NUL
/// and the line breaks and spaces <c>\t \n \v \f \r</c>; BOM, zero-width space, ideographic and no-break spaces are
/// not visible. (On .NET 8 the check runs as vectorised searches; this pins it to the definition.)
/// </summary>
public class CheckTextPropertyTests
{
    /// <summary>Controls of every kind the check tells apart, spaces that are not content, and a little content.</summary>
    private const string Alphabet = "\u0001\u0007\u0008\u000E\u001B\u001F\u007F\u0080\u0085\u009F\t\n\u000B\u000C\r \u00A0\u3000\uFEFF\u200Ba一，";

    private static string Outcome(string text)
    {
        try
        {
            TextImport.CheckText(text, "t.txt");
            return "text";
        }
        catch (ReviewImportException e)
        {
            return e.ReasonResource switch
            {
                "RM0100_Reason_NulCharacters" => "NUL at line " + e.Line,
                "RM0100_Reason_Empty" => "empty",
                "RM0100_Reason_ControlCharacters" => "controls",
                _ => "other: " + e.Message,
            };
        }
    }

    /// <summary>The check's definition, written character by character.</summary>
    private static string Defined(string text)
    {
        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            return "NUL at line " + (1 + text.Take(nul).Count(c => c == '\n'));
        }

        static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r' or '\u00A0' or '\u3000' or '\uFEFF' or '\u200B';
        if (!text.Any(c => !char.IsControl(c) && !IsSpace(c)))
        {
            return "empty";
        }

        var controls = text.Count(c => char.IsControl(c) && c is not ('\0' or '\t' or '\n' or '\v' or '\f' or '\r'));
        return controls > 16 && controls * 10 > text.Length ? "controls" : "text";
    }

    [Theory]
    [InlineData("正文", "text")]
    [InlineData("\uFEFF\u200B\u3000\u00A0 \t\r\n\v\f", "empty")]
    [InlineData("\u0085\u0085", "empty")]
    [InlineData("一\n二\n\u0001\0", "NUL at line 3")]
    [InlineData("a\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016", "controls")]
    [InlineData("a\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090", "controls")]
    [InlineData("a\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015", "text")]
    [InlineData("a\t\t\t\t\t\t\t\t\t\v\v\v\v\v\f\f\f\f\f\r\r\r\r\r\r\n\n\n\n\n", "text")]
    public void Examples_follow_the_definition(string text, string expected)
    {
        Assert.Equal(expected, Defined(text));
        Assert.Equal(expected, Outcome(text));
    }

    [Fact]
    public void Random_texts_of_controls_spaces_and_content_get_the_defined_outcome() =>
        Gen.String[Gen.Char[Alphabet], 0, 200].Sample(text => Outcome(text) == Defined(text), iter: 3000);

    [Fact]
    public void Random_long_texts_with_a_nul_name_its_line() =>
        Gen.Select(Gen.String[Gen.Char["一a\n\r\u0085 "], 0, 3000], Gen.Int[0, 3000])
            .Sample((text, at) => Outcome(text.Insert(System.Math.Min(at, text.Length), "\0")) == Defined(text.Insert(System.Math.Min(at, text.Length), "\0")), iter: 300);
}
