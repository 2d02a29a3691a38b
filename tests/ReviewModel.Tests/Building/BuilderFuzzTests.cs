using System;
using CsCheck;
using ReviewModel.Aspects;
using ReviewModel.Building;
using ReviewModel.Model;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Building;

/// <summary>Random sequences of builder calls with null, blank and valid arguments: only the documented
/// exceptions come out (never a NullReferenceException), and whatever builds also validates.</summary>
public class BuilderFuzzTests
{
    private static readonly string?[] Arguments = { null, "", "  ", "P1", "C1", "M1", "xx", "RM0011", "P1", "标题" };

    [Fact]
    public void Random_builder_programs_throw_only_documented_exceptions()
    {
        var built = 0;
        var step = Gen.Select(Gen.Int[0, 14], Gen.Int[0, Arguments.Length - 1], Gen.Int[-1, 9]);
        step.Array[0, 14].Sample(program =>
        {
            var builder = ReviewDocument.CreateBuilder();
            foreach (var (op, argument, number) in program)
            {
                var a = Arguments[argument];
                try
                {
                    var document = Apply(builder, op, a!, number);
                    if (document is not null)
                    {
                        System.Threading.Interlocked.Increment(ref built);
                        new ReviewValidator(ValidationOptions.Default.Strict()).Validate(document);
                    }
                }
                catch (Exception e) when (e is ArgumentException or ReviewBuildException or InvalidOperationException)
                {
                    Assert.False(string.IsNullOrWhiteSpace(e.Message));
                }
            }
        }, iter: 3000);

        Assert.True(built > 0, "no random program built a document: the generator is too weak to test validation");
    }

    private static ReviewDocument? Apply(ReviewDocumentBuilder d, int op, string a, int n)
    {
        switch (op)
        {
            case 0: d.Header(h => h.Title(a)); break;
            case 1: d.Header(h => h.LeadershipTeam(a, a)); break;
            case 2: d.Header(h => h.Individual(a, a, n > 5 ? null : a).MeetingDate(new NodaTime.LocalDate(2025, 1, 15))); break;
            case 3: d.Header(h => h.Aspects(AspectCatalogues.Annual2024)); break;
            case 4: d.Preamble(a); break;
            case 5: d.Problems(p => p.Aspect(n, g => g.Problem(a, a, a, x => x.Example(a))).Ungrouped(g => g.Problem(a + "u", "领。", a))); break;
            case 6: d.Problems(p => p.CustomAspect(a, g => g.Intro(a).Problem(a, "领。", "正文。"))); break;
            case 7: d.Causes(c => c.Cause(a, a, a, x => x.Explains(a, "P1"))); break;
            case 8: d.Measures(m => m.Measure(a, "题。", a, x => x.Addresses(a).Remedies(a).Owner(a).OwningUnit(a).Standard(a).Deadline(new NodaTime.LocalDate(2020 + n + 1, 1, 1)))); break;
            case 9: d.Section((SectionKind)(n + 1), s => s.Heading(a).Paragraph(a)); break;
            case 10: d.Waive(a, a, a); break;
            case 11: d.Preparation(p => p.Step(a, a).StudySessions(n)); break;
            case 12: d.LastYearRectification(r => r.Item(a, a).Intro(a)); break;
            case 13: return d.Build();
            default: return d.BuildLenient();
        }

        return null;
    }
}
