using System;
using ReviewModel.Model;
using ReviewModel.Text;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Models;

public class ValueListTests
{
    [Fact]
    public void Lists_compare_by_value()
    {
        Assert.Equal(ValueList.Of("a", "b"), ValueList.Of("a", "b"));
        Assert.NotEqual(ValueList.Of("a", "b"), ValueList.Of("b", "a"));
        Assert.Equal(ValueList.Of("a").GetHashCode(), ValueList.Of("a").GetHashCode());
    }

    [Fact]
    public void A_null_item_is_rejected_with_its_index_so_the_validator_never_meets_one()
    {
        var error = Assert.Throws<ArgumentException>(() => ValueList.Of<Problem>(new Problem("P1", "a", "b"), null!));
        Assert.Contains("1", error.Message);
    }

    [Theory]
    [InlineData("做了X光检查。")]
    [InlineData("使用X射线探伤。")]
    public void X_ray_words_are_not_placeholders(string text) => Assert.Empty(PlaceholderScanner.Scan(text));

    [Fact]
    public void A_single_X_mask_is_still_a_placeholder() =>
        Assert.Equal("X人", Assert.Single(PlaceholderScanner.Scan("共有X人参加。")).Text);
}
