using System;
using System.IO;
using System.Linq;
using ReviewModel.Model;
using ReviewModel.Rendering;
using Xunit;

namespace ReviewModel.Tests.Architecture;

/// <summary>
/// Public API discipline: the machinery is internal, and every public type of the two shipped assemblies is declared
/// in their PublicAPI.Shipped.txt / PublicAPI.Unshipped.txt (Microsoft.CodeAnalysis.PublicApiAnalyzers enforces the
/// members at build; this checks the files are the ones the build reads and cover the types).
/// </summary>
public class PublicApiTests
{
    [Theory]
    [InlineData("ReviewModel.Validation.DocumentPaths")]
    [InlineData("ReviewModel.Text.PlaceholderScanner")]
    [InlineData("ReviewModel.Text.PlaceholderMatch")]
    [InlineData("ReviewModel.Model.SectionNames")]
    public void Core_machinery_is_internal(string typeName)
    {
        var type = typeof(ReviewDocument).Assembly.GetType(typeName, throwOnError: true)!;
        Assert.False(type.IsPublic, $"{typeName} is public");
    }

    [Fact]
    public void Docx_style_ids_are_internal()
    {
        var type = typeof(MarkdownRenderer).Assembly.GetType("ReviewModel.Rendering.Docx.DocxStyleIds", throwOnError: true)!;
        Assert.False(type.IsPublic);
    }

    [Theory]
    [InlineData("src/ReviewModel.Core", typeof(ReviewDocument))]
    [InlineData("src/ReviewModel", typeof(MarkdownRenderer))]
    public void Every_public_type_is_declared_in_the_public_API_files(string project, Type inAssembly)
    {
        var root = Root();
        var declared = File.ReadAllLines(Path.Combine(root, project, "PublicAPI.Shipped.txt"))
            .Concat(File.ReadAllLines(Path.Combine(root, project, "PublicAPI.Unshipped.txt")))
            .Select(l => l.Trim())
            .ToHashSet(StringComparer.Ordinal);
        var types = inAssembly.Assembly.GetExportedTypes().Where(t => !t.IsNested).ToList();
        Assert.NotEmpty(types);
        var missing = types
            .Select(type => type.IsGenericType ? type.FullName![..type.FullName!.IndexOf('`')] + "<" + string.Join(", ", type.GetGenericArguments().Select(a => a.Name)) + ">" : type.FullName!)
            .Where(name => !declared.Any(line => line == name || line.EndsWith(" " + name, StringComparison.Ordinal)))
            .ToList();
        Assert.True(missing.Count == 0, "not in the public API files: " + string.Join(", ", missing));

        // Nothing internal is declared.
        Assert.DoesNotContain(declared, line => line.Contains("PlaceholderScanner", StringComparison.Ordinal) || line.Contains("DocumentPaths", StringComparison.Ordinal)
            || line.Contains("SectionNames", StringComparison.Ordinal) || line.Contains("DocxStyleIds", StringComparison.Ordinal));
    }

    private static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReviewModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ReviewModel.sln not found");
    }
}
