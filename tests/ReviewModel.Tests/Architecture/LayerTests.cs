using System.Linq;
using ReviewModel.Model;
using ReviewModel.Rendering;
using Xunit;

namespace ReviewModel.Tests.Architecture;

/// <summary>The layers of ARCHITECTURE.md: dependencies point down only, and the core loads in the compiler.</summary>
public class LayerTests
{
    [Fact]
    public void The_core_depends_on_NodaTime_Markdig_and_the_framework_only()
    {
        // Markdig reads Markdown input (Import/Reading/MarkdownReader); both load in the .NET 8 compiler next to the
        // analyzers (AnalyzerFolderReferencesTests in ReviewModel.Analyzers.Tests checks the packed folder).
        var references = typeof(ReviewDocument).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("NodaTime", references);
        Assert.Contains("Markdig", references);
        Assert.All(references, name => Assert.True(
            name == "NodaTime" || name == "Markdig" || name == "netstandard" || name == "mscorlib" || name.StartsWith("System", System.StringComparison.Ordinal),
            $"ReviewModel.Core references {name}"));
        Assert.DoesNotContain("System.Text.Json", references);
        Assert.DoesNotContain("ReviewModel", references);
    }

    [Fact]
    public void The_model_validation_and_import_live_in_the_core_and_rendering_above_it()
    {
        Assert.Equal("ReviewModel.Core", typeof(ReviewDocument).Assembly.GetName().Name);
        Assert.Equal("ReviewModel.Core", typeof(ReviewModel.Validation.ReviewValidator).Assembly.GetName().Name);
        Assert.Equal("ReviewModel.Core", typeof(ReviewModel.Text.ChineseText).Assembly.GetName().Name);
        Assert.Equal("ReviewModel", typeof(MarkdownRenderer).Assembly.GetName().Name);
        Assert.Contains(typeof(MarkdownRenderer).Assembly.GetReferencedAssemblies(), a => a.Name == "ReviewModel.Core");
    }
}
