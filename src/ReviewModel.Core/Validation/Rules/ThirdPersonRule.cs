using ReviewModel.Model;

namespace ReviewModel.Validation.Rules;

/// <summary>RM0016: an individual's material does not speak of "有的同志" or "班子成员"; one finding per occurrence.</summary>
internal sealed class ThirdPersonRule : IReviewRule
{
    // Longest first, so that 有的班子成员 is reported once, not also as 班子成员.
    private static readonly string[] Phrases = { "有的班子成员", "个别班子成员", "班子成员", "有的同志", "个别同志", "部分同志", "一些同志", "有的干部", "个别干部" };

    private const string FirstCharacters = "有个班部一";

    public RuleDescriptor Descriptor => RuleCatalogue.ThirdPersonInIndividualMaterial;

    public void Check(ValidationContext context)
    {
        if (context.Document.Header.Subject.Kind != SubjectKind.Individual)
        {
            return;
        }

        context.Index.VisitTexts((in TextField field) => Scan(context, field));
    }

    private void Scan(ValidationContext context, in TextField field)
    {
        if (field.IsName)
        {
            return; // a post such as 党组班子成员 is a name, not third-person wording
        }

        var text = field.Text;
        var i = 0;
        while (i < text.Length)
        {
            var matched = Match(text, i);
            if (matched is null)
            {
                i++;
                continue;
            }

            if (matched != "班子成员" || !IsObject(text, i))
            {
                context.Report(Descriptor, ValidationContext.At(field, i, matched.Length), matched);
            }

            i += matched.Length;
        }
    }

    /// <summary>"与班子成员谈心谈话", "听取班子成员意见": the members are whom I speak with, not me in the third person
    /// (only the bare 班子成员; "有的班子成员", "有的同志" stay reported wherever they stand).</summary>
    private static bool IsObject(string text, int index)
    {
        if (index == 0)
        {
            return false;
        }

        var before = text[index - 1];
        if ("与同和跟向对给帮及、".IndexOf(before) >= 0)
        {
            return true;
        }

        return index >= 2 && (string.CompareOrdinal(text, index - 2, "听取", 0, 2) == 0 || string.CompareOrdinal(text, index - 2, "征求", 0, 2) == 0 || string.CompareOrdinal(text, index - 2, "其他", 0, 2) == 0);
    }

    private static string? Match(string text, int index)
    {
        if (FirstCharacters.IndexOf(text[index]) < 0)
        {
            return null; // the common case: no phrase starts here
        }

        foreach (var phrase in Phrases)
        {
            if (string.CompareOrdinal(text, index, phrase, 0, phrase.Length) == 0)
            {
                return phrase;
            }
        }

        return null;
    }
}
