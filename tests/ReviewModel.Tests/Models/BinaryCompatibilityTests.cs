using System;
using System.IO;
using System.Linq;
using System.Reflection;
using ReviewModel.Model;
using Xunit;

namespace ReviewModel.Tests.Models;

/// <summary>
/// Code compiled against version 0.1.0 calls the constructors that were shipped then, parameter for parameter.
/// Every constructor listed in <c>PublicAPI.Shipped.txt</c> must still exist with exactly those parameter types,
/// even where a newer constructor adds optional parameters.
/// </summary>
public class BinaryCompatibilityTests
{
    [Theory]
    [InlineData(typeof(Measure))]
    [InlineData(typeof(AspectGroup))]
    [InlineData(typeof(DocumentHeader))]
    [InlineData(typeof(PreparationSection))]
    [InlineData(typeof(RectificationSection))]
    public void Shipped_constructor_signatures_still_exist(Type type)
    {
        var shipped = ShippedConstructors(type).ToList();
        Assert.NotEmpty(shipped);
        var present = type.GetConstructors().Select(c => c.GetParameters().Length + ":" + string.Join(",", c.GetParameters().Select(p => p.Name))).ToList();
        foreach (var parameters in shipped)
        {
            Assert.Contains(parameters.Length + ":" + string.Join(",", parameters), present);
        }
    }

    [Fact]
    public void Old_constructor_gives_the_same_measure_as_the_new_one()
    {
        var owners = ValueList.Of("张三");
        var old = new Measure("M1", "强化学习", "正文", null, ItemLayout.Inline, null, null, owners, "办公室", null, "标准", null, false);
        var current = new Measure("M1", "强化学习", "正文", owners: owners, owningUnit: "办公室", standard: "标准");
        Assert.Equal(current, old);
        Assert.Equal(ItemNumberStyle.ChineseOrdinal, old.ItemNumberStyle);
    }

    private static string[][] ShippedConstructors(Type type)
    {
        var file = FindShippedApi();
        var prefix = $"{type.FullName}.{type.Name}(";
        return File.ReadLines(file)
            .Where(line => line.StartsWith(prefix, StringComparison.Ordinal))
            .Select(line => line.Substring(prefix.Length, line.LastIndexOf(')') - prefix.Length))
            .Select(list => list.Split(new[] { ", " }, StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split(' ')[1]).ToArray())
            .ToArray();
    }

    private static string FindShippedApi()
    {
        var directory = AppContext.BaseDirectory;
        while (directory is not null)
        {
            var candidate = Path.Combine(directory, "src", "ReviewModel.Core", "PublicAPI.Shipped.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }

            directory = Path.GetDirectoryName(directory);
        }

        throw new FileNotFoundException("PublicAPI.Shipped.txt of ReviewModel.Core not found above " + AppContext.BaseDirectory);
    }
}
