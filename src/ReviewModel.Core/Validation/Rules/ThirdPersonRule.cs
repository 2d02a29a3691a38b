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

    /// <summary>"与班子成员谈心谈话", "听取班子成员意见", "征求了班子成员、分管部门的意见": the members are whom I speak
    /// with, not me in the third person. The bare 班子成员 is an object when a word of dealing with people stands
    /// before it in the same clause (at most <see cref="ObjectWindow"/> characters back); "有的班子成员", "有的同志"
    /// stay reported wherever they stand.</summary>
    private static bool IsObject(string text, int index)
    {
        var from = index;
        while (from > 0 && index - from < ObjectWindow && "，。；：,;:！？\n".IndexOf(text[from - 1]) < 0)
        {
            from--;
        }

        if (index > from && "与同和跟向对给帮及、".IndexOf(text[index - 1]) >= 0)
        {
            return true;
        }

        foreach (var verb in ObjectVerbs)
        {
            var at = text.IndexOf(verb, from, index - from, System.StringComparison.Ordinal);
            if (at >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far back in the clause a verb makes 班子成员 its object: "广泛征求了班子成员" is 4 characters
    /// between, "听取分管领域班子成员" 4; a longer reach would cross into another phrase.</summary>
    private const int ObjectWindow = 8;

    /// <summary>Words whose object is other people: the writer asks, hears, meets or leads them.</summary>
    private static readonly string[] ObjectVerbs = { "听取", "征求", "其他", "带领", "督促", "提醒", "联系", "团结", "召集", "组织", "要求", "指导", "支持", "配合", "谈心", "交流", "沟通" };

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
