using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Validation;

namespace ReviewModel.Tests.Import.Fidelity;

/// <summary>Compares an import with a material's annotation, field by field.</summary>
public static class CorpusScorer
{
    public sealed record Field(string Material, string Name, string Expected, string Actual)
    {
        public bool Ok => Expected == Actual;

        public override string ToString() => $"{Material} {Name}: expected «{Expected}», got «{Actual}»";
    }

    public static List<Field> Score(CorpusMaterial material, ImportResult result)
    {
        var fields = new List<Field>();
        var a = material.Annotation;
        var document = result.Document;
        var header = document.Header;
        void Add(string name, string expected, string actual) => fields.Add(new Field(material.Name, name, expected, actual));

        Add("kind", a.GetProperty("kind").GetString()!, header.Subject.Kind == SubjectKind.Individual ? "个人" : "班子");
        Add("meeting", a.GetProperty("meeting").GetString()!, header.MeetingKind == MeetingKind.OrganisationalLife ? "组织生活会" : "民主生活会");
        if (a.TryGetProperty("title", out var title))
        {
            Add("title", title.GetString()!, header.Title);
        }

        if (a.TryGetProperty("name", out var name))
        {
            Add("name", name.GetString()!, header.Subject.Name);
        }

        if (a.TryGetProperty("catalogue", out var catalogue))
        {
            Add("catalogue", catalogue.ValueKind == JsonValueKind.Null ? "(none)" : catalogue.GetString()!, header.Catalogue?.Id ?? "(none)");
        }

        if (a.TryGetProperty("catalogueInferred", out var inferred))
        {
            Add("catalogueInferred", inferred.GetBoolean().ToString(), header.IsCatalogueInferred.ToString());
        }

        Add("sections", string.Join(",", a.GetProperty("sections").EnumerateArray().Select(s => s.GetString())), string.Join(",", document.Sections.Select(s => s.Kind)));

        var groups = document.Sections.OfType<ProblemSection>().SelectMany(s => s.Aspects).ToList();
        var aspects = a.GetProperty("aspects").EnumerateArray().ToList();
        Add("aspects.count", aspects.Count.ToString(CultureInfo.InvariantCulture), groups.Count.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < aspects.Count; i++)
        {
            var heading = aspects[i][0].ValueKind == JsonValueKind.Null ? null : aspects[i][0].GetString();
            var count = aspects[i][1].GetInt32();
            var expected = $"{heading ?? "(no heading)"}…: {count}";
            var actual = "(missing)";
            if (i < groups.Count)
            {
                var g = groups[i];
                var shown = g.Heading is null ? "(no heading)" : heading is not null && g.Heading.StartsWith(heading, StringComparison.Ordinal) ? heading : g.Heading;
                actual = $"{shown}…: {g.Problems.Count}";
            }

            Add($"aspects[{i}]", expected, actual);
        }

        if (a.TryGetProperty("leads", out var leads))
        {
            var problems = document.AllProblems.ToDictionary(p => p.Id, p => p.Lead);
            foreach (var lead in leads.EnumerateObject())
            {
                Add($"lead {lead.Name}", lead.Value.GetString()!, problems.TryGetValue(lead.Name, out var l) ? l : "(missing)");
            }
        }

        Add("causes", a.GetProperty("causes").GetInt32().ToString(CultureInfo.InvariantCulture), document.AllCauses.Count().ToString(CultureInfo.InvariantCulture));
        var measures = document.AllMeasures.ToList();
        Add("measures.subItems", string.Join(",", a.GetProperty("measures").EnumerateArray().Select(m => m.GetInt32())), string.Join(",", measures.Select(m => m.Items.Count)));

        var validation = new ReviewValidator().Validate(document);
        var placeholders = validation.Findings.Where(f => f.RuleId == "RM0007").Select(f => f.Arguments[0]?.ToString() ?? string.Empty).OrderBy(s => s, StringComparer.Ordinal);
        Add("placeholders", string.Join(",", a.GetProperty("placeholders").EnumerateArray().Select(p => p.GetString()).OrderBy(s => s, StringComparer.Ordinal)), string.Join(",", placeholders));

        var deadlines = a.GetProperty("deadlines").EnumerateArray().ToList();
        for (var i = 0; i < Math.Max(deadlines.Count, measures.Count); i++)
        {
            var expected = i < deadlines.Count ? (deadlines[i].ValueKind == JsonValueKind.Null ? "(none)" : deadlines[i].GetString()!) : "(no measure)";
            var actual = i < measures.Count ? Canonical(measures[i].Deadline) : "(no measure)";
            Add($"deadline M{i + 1}", expected, actual);
        }

        if (a.TryGetProperty("preparation", out var preparation))
        {
            var section = document.Preparation;
            var opening = header.PreparationInOpening;
            foreach (var (key, value) in new[]
            {
                ("opinions", section?.OpinionsSolicited ?? opening?.OpinionsSolicited),
                ("talks", section?.TalksHeld ?? opening?.TalksHeld),
                ("studies", section?.StudySessions ?? opening?.StudySessions),
            })
            {
                if (preparation.TryGetProperty(key, out var count))
                {
                    Add($"preparation.{key}", count.GetInt32().ToString(CultureInfo.InvariantCulture), value?.ToString(CultureInfo.InvariantCulture) ?? "(none)");
                }
            }
        }

        if (a.TryGetProperty("diagnostics", out var diagnostics))
        {
            foreach (var code in diagnostics.EnumerateArray().Select(d => d.GetString()!))
            {
                Add($"diagnostic {code}", "reported", result.Diagnostics.Any(d => d.Code == code) ? "reported" : "not reported");
            }
        }

        if (a.TryGetProperty("numbering", out var numbering))
        {
            var styles = groups.Where(g => g.Problems.Count > 0).Select(g => Marker(g.ItemNumberStyle))
                .Concat(measures.Where(m => m.Items.Count > 0).Select(m => Marker(m.ItemNumberStyle))).Distinct().ToList();
            Add("numbering", numbering.GetString()!, string.Join("|", styles));
        }

        return fields;
    }

    /// <summary>The deadline as annotations write it: 2025-06-30, month:2025-09, year:2025, recurring:每季度, long, text:x月x日前; ~ when inferred.</summary>
    public static string Canonical(Deadline? deadline)
    {
        if (deadline is null)
        {
            return "(none)";
        }

        var text = deadline.Kind switch
        {
            DeadlineKind.LongTerm => "long",
            DeadlineKind.Recurring => "recurring:" + deadline.Recurrence,
            _ when deadline.Date is null => "text:" + deadline.Text,
            DeadlineKind.MonthEnd => "month:" + deadline.Date!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DeadlineKind.YearEnd => "year:" + deadline.Date!.Value.Year.ToString(CultureInfo.InvariantCulture),
            _ => deadline.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return (deadline.IsInferred ? "~" : string.Empty) + text;
    }

    private static string Marker(ItemNumberStyle style) => style switch
    {
        ItemNumberStyle.ArabicDot => "1.",
        ItemNumberStyle.ArabicComma => "1、",
        ItemNumberStyle.ArabicParenthesised => "（1）",
        ItemNumberStyle.Circled => "①",
        ItemNumberStyle.Ordinal => "第一，",
        _ => "一是",
    };
}
