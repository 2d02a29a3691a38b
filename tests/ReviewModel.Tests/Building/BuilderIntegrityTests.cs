using System.Linq;
using ReviewModel.Building;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Building;

/// <summary>Build() refuses broken links and duplicate IDs, listing every one; BuildLenient() leaves them to the validator.</summary>
public class BuilderIntegrityTests
{
    private static readonly TestDocuments Broken = TestDocuments.Team
        .AddMeasure("M5", "加强宣传。", "每年两次。", x => x.Addresses("P1.1", "P404", "C1").Remedies("P2.1").Owner("宣传部长").Deadline(TestDocuments.Due))
        .AddCause("C4", "作风不实。", "满足于听汇报。", x => x.Explains("M1"));

    [Fact]
    public void Every_broken_link_is_listed_with_its_path_and_RM0009()
    {
        var error = Assert.Throws<ReviewBuildException>(() => Broken.Build());

        Assert.Equal(
            new[] { "causes[3].explains[0]", "measures[4].addresses[1]", "measures[4].addresses[2]", "measures[4].remedies[0]" },
            error.Errors.Select(e => e.Path).ToArray());
        Assert.All(error.Errors, e => Assert.Equal("RM0009", e.RuleId));
        Assert.Contains("4", error.Message);
        Assert.All(error.Errors, e => Assert.Contains($"{e.Path}: RM0009: ", error.Message));
        Assert.Contains("P404", error.Message);
    }

    [Fact]
    public void A_duplicate_id_is_an_RM0010_error_at_the_second_declaration()
    {
        var document = TestDocuments.Team.AddCause("C2", "作风不实。", "满足于听汇报。", x => x.Explains("P1.1"));

        var error = Assert.Throws<ReviewBuildException>(() => document.Build());

        var single = Assert.Single(error.Errors);
        Assert.Equal("RM0010", single.RuleId);
        Assert.Equal("causes[3]", single.Path);
        Assert.Contains("causes[1]", single.Message);
        Assert.Equal(single.ToString(), error.Message);
    }

    [Fact]
    public void Broken_links_and_duplicates_are_reported_together()
    {
        var error = Assert.Throws<ReviewBuildException>(() => Broken.AddMeasure("M1", "重复。", "每年一次。", x => x.Addresses("P1.1")).Build());

        Assert.Equal(4, error.Errors.Count(e => e.RuleId == "RM0009"));
        Assert.Equal("measures[5]", Assert.Single(error.Errors, e => e.RuleId == "RM0010").Path);
    }

    [Fact]
    public void Build_lenient_leaves_the_same_errors_to_the_validator()
    {
        var buildErrors = Assert.Throws<ReviewBuildException>(() => Broken.Build()).Errors.Select(e => (e.Path, e.RuleId)).ToArray();

        var document = Broken.BuildLenient();
        var findings = new ReviewValidator().Validate(document).Findings
            .Where(f => f.RuleId is "RM0009" or "RM0010")
            .Select(f => (f.Location.Path, (string?)f.RuleId))
            .ToArray();

        // Nothing is lost: the broken links stay in the document as written.
        Assert.Equal(new[] { "P1.1", "P404", "C1" }, document.AllMeasures.Single(m => m.Id == "M5").Addresses.Select(l => l.TargetId).ToArray());
        Assert.Equal("M1", document.AllCauses.Single(c => c.Id == "C4").Explains.Single().TargetId);
        Assert.Equal(buildErrors, findings);
    }
}
