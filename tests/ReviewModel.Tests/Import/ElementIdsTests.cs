using ReviewModel.Import;
using Xunit;

namespace ReviewModel.Tests.Import;

/// <summary>The element IDs the importer gives, cached or not, are the formatted numbers.</summary>
public sealed class ElementIdsTests
{
    [Fact]
    public void Ids_inside_and_beyond_the_cached_range_are_the_formatted_numbers()
    {
        for (var group = 1; group <= 40; group++)
        {
            for (var number = 1; number <= 70; number++)
            {
                Assert.Equal($"P{group}.{number}", ElementIds.Problem(group, number));
            }
        }

        for (var number = 1; number <= 100; number++)
        {
            Assert.Equal($"C{number}", ElementIds.Cause(number));
            Assert.Equal($"M{number}", ElementIds.Measure(number));
        }

        Assert.Same(ElementIds.Measure(3), ElementIds.Measure(3));
    }
}
