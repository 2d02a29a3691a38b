using ReviewModel.Ledger;
using Xunit;

namespace ReviewModel.Tests.Ledger;

public class LedgerTextTests
{
    [Theory]
    [InlineData(1, "1 天")]
    [InlineData(3, "3 天")]
    [InlineData(14, "2 周")]
    [InlineData(0, "1 天")]
    public void Days_are_said_in_Chinese_words(int days, string expected) => Assert.Equal(expected, LedgerText.Days(days));
}
