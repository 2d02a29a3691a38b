using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using ReviewModel.Aspects;
using ReviewModel.Model;
using ReviewModel.Text;

namespace ReviewModel.Rendering.Lists;

/// <summary>
/// The rectification lists of a document: the 整改清单 (one row per problem–measure link, with owner,
/// unit, deadline and standard; a problem no measure addresses is listed with no measure, and a measure
/// that addresses no existing problem is listed too, so nothing is left out) and its 问题清单, 任务清单
/// and 责任清单 views. Build it with <see cref="From"/>, write it with <see cref="RectificationListWriter"/>.
/// </summary>
public sealed class RectificationList
{
    /// <summary>The text shown in the 整改措施 column for a problem that no measure addresses.</summary>
    public const string NoMeasure = "（暂无整改措施）";

    /// <summary>The text shown in the 存在问题 column for a measure that addresses no problem.</summary>
    public const string NoProblem = "（未关联具体问题）";

    /// <summary>The text shown for an owner that is not named.</summary>
    public const string Unassigned = "（未明确）";

    /// <summary>The columns of the 整改清单.</summary>
    public static ValueList<string> RectificationColumns { get; } = ValueList.Of(
        "序号", "存在问题（所属方面）", "整改措施", "责任人", "责任单位", "完成时限", "整改标准", "整改进展/状态", "备注");

    /// <summary>The columns of the 问题清单.</summary>
    public static ValueList<string> ProblemColumns { get; } = ValueList.Of("序号", "所属方面", "存在问题", "具体表现", "原因分析", "整改措施");

    /// <summary>The columns of the 任务清单.</summary>
    public static ValueList<string> TaskColumns { get; } = ValueList.Of("序号", "整改任务", "具体措施", "针对问题", "责任人", "责任单位", "完成时限", "整改标准");

    /// <summary>The columns of the 责任清单.</summary>
    public static ValueList<string> ResponsibilityColumns { get; } = ValueList.Of("序号", "责任人", "责任单位", "整改任务", "完成时限", "整改标准");

    private readonly List<ProblemInfo> _problems;
    private readonly List<MeasureInfo> _measures;

    private RectificationList(string title, List<ProblemInfo> problems, List<MeasureInfo> measures, ValueList<RectificationEntry> entries)
    {
        Title = title;
        _problems = problems;
        _measures = measures;
        Entries = entries;
    }

    /// <summary>The document's title.</summary>
    public string Title { get; }

    /// <summary>The rows of the 整改清单.</summary>
    public ValueList<RectificationEntry> Entries { get; }

    /// <summary>Builds the lists of a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The lists.</returns>
    /// <exception cref="ArgumentNullException">The document is null.</exception>
    public static RectificationList From(ReviewDocument document, CancellationToken cancellationToken = default)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var catalogue = document.Header.Catalogue;
        var problems = new List<ProblemInfo>();
        var byId = new Dictionary<string, ProblemInfo>(StringComparer.Ordinal);
        foreach (var section in document.Sections.OfType<ProblemSection>())
        {
            foreach (var group in section.Aspects)
            {
                var aspect = AspectLabel(group, catalogue);
                foreach (var problem in group.Problems)
                {
                    var info = new ProblemInfo(problem, aspect);
                    problems.Add(info);
                    if (!byId.ContainsKey(problem.Id))
                    {
                        byId.Add(problem.Id, info);
                    }
                }
            }
        }

        var causes = new List<(Cause Cause, string Label)>();
        foreach (var section in document.Sections.OfType<CauseSection>())
        {
            for (var i = 0; i < section.Causes.Count; i++)
            {
                causes.Add((section.Causes[i], ChineseText.HeadingNumber(causes.Count + 1) + section.Causes[i].Title.Trim()));
            }
        }

        foreach (var (cause, label) in causes)
        {
            foreach (var link in cause.Explains)
            {
                if (byId.TryGetValue(link.TargetId, out var info) && !info.Causes.Contains(label))
                {
                    info.Causes.Add(label);
                }
            }
        }

        var measures = new List<MeasureInfo>();
        foreach (var measure in document.AllMeasures)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = new MeasureInfo(measure, measures.Count + 1);
            measures.Add(info);
            foreach (var link in measure.Addresses)
            {
                if (byId.TryGetValue(link.TargetId, out var problem))
                {
                    if (!problem.Measures.Any(m => ReferenceEquals(m.Info, info)))
                    {
                        problem.Measures.Add((info, link.IsInferred));
                        info.Problems.Add(problem);
                    }
                }
                else
                {
                    info.Unresolved.Add(link.TargetId);
                }
            }
        }

        // Rows are grouped by measure, in the order the measures are written: a measure that addresses several
        // problems stands once, its problems beside it (the DOCX table merges its cells down the group). Then
        // the problems no measure addresses, each flagged.
        var entries = new List<RectificationEntry>();
        foreach (var measure in measures)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var problem in measure.Problems)
            {
                var inferred = problem.Measures.First(m => ReferenceEquals(m.Info, measure)).Inferred;
                entries.Add(Entry(entries.Count + 1, problem.Problem.Id, problem.Text, problem.Aspect, measure, inferred ? "问题与措施的对应关系系推断得出" : string.Empty));
            }

            foreach (var missing in measure.Unresolved)
            {
                entries.Add(Entry(entries.Count + 1, missing, $"{missing}（文中未找到该问题）", null, measure, "所针对的问题不存在"));
            }

            if (measure.Problems.Count == 0 && measure.Unresolved.Count == 0)
            {
                entries.Add(Entry(entries.Count + 1, null, NoProblem, null, measure, "未关联具体问题"));
            }
        }

        foreach (var problem in problems.Where(p => p.Measures.Count == 0))
        {
            entries.Add(new RectificationEntry(
                entries.Count + 1, problem.Problem.Id, problem.Text, problem.Aspect, null, NoMeasure,
                null, null, null, null, string.Empty, "未制定整改措施"));
        }

        return new RectificationList(document.Header.Title, problems, measures, entries.ToValueList());
    }

    /// <summary>One view as a table of text cells.</summary>
    /// <param name="view">Which list.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An unknown view.</exception>
    public ListTable ToTable(ListView view) => view switch
    {
        // A problem's cell, and a measure's cells (措施 to 整改进展), are merged down adjacent rows of the same one.
        ListView.Rectification => new ListTable("整改清单", RectificationColumns, Entries.Select(RectificationRow).ToValueList())
        {
            MergeKeys = ValueList.Of(-1, 1, 2, 2, 2, 2, 2, 2, -1),
        },
        ListView.Problems => new ListTable("问题清单", ProblemColumns, _problems.Select(ProblemRow).ToValueList())
        {
            MergeKeys = ValueList.Of(-1, 1, -1, -1, -1, -1),
        },
        ListView.Tasks => new ListTable("任务清单", TaskColumns, _measures.Select(TaskRow).ToValueList()),
        ListView.Responsibilities => new ListTable("责任清单", ResponsibilityColumns, ResponsibilityRows())
        {
            MergeKeys = ValueList.Of(-1, 1, -1, -1, -1, -1),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(view), view, $"未知的清单视图 {view} (unknown list view)."),
    };

    private static RectificationEntry Entry(int number, string? problemId, string problem, string? aspect, MeasureInfo measure, string remark) =>
        new(number, problemId, problem, aspect, measure.Measure.Id, measure.Text, measure.Owners, Trimmed(measure.Measure.OwningUnit),
            measure.Measure.Deadline, Trimmed(measure.Measure.Standard), string.Empty, remark);

    private static ValueList<string> RectificationRow(RectificationEntry e) => ValueList.Of(
        Number(e.Number),
        e.Aspect is null ? e.Problem : $"{e.Problem}（{e.Aspect}）",
        e.Measure,
        e.HasMeasure ? OwnersText(e.Owners) : string.Empty,
        e.OwningUnit ?? string.Empty,
        e.Deadline?.ToString() ?? string.Empty,
        e.Standard ?? string.Empty,
        e.Status,
        e.Remark);

    private static ValueList<string> ProblemRow(ProblemInfo p, int index) => ValueList.Of(
        Number(index + 1),
        p.Aspect ?? string.Empty,
        p.Text,
        Details(p.Problem),
        string.Join("；", p.Causes),
        p.Measures.Count == 0 ? NoMeasure : string.Join("；", p.Measures.Select(m => m.Info.Label)));

    private static ValueList<string> TaskRow(MeasureInfo m, int index) => ValueList.Of(
        Number(index + 1),
        m.Label,
        TaskDetails(m.Measure),
        m.Problems.Count == 0 && m.Unresolved.Count == 0
            ? NoProblem
            : string.Join("；", m.Problems.Select(p => p.Text).Concat(m.Unresolved.Select(id => $"{id}（文中未找到该问题）"))),
        OwnersText(m.Owners),
        Trimmed(m.Measure.OwningUnit) ?? string.Empty,
        m.Measure.Deadline?.ToString() ?? string.Empty,
        Trimmed(m.Measure.Standard) ?? string.Empty);

    private ValueList<ValueList<string>> ResponsibilityRows()
    {
        // Grouped by owner in order of first appearance; measures without an owner come last.
        var owners = new List<string>();
        foreach (var measure in _measures)
        {
            foreach (var owner in measure.Owners)
            {
                if (!owners.Contains(owner))
                {
                    owners.Add(owner);
                }
            }
        }

        var rows = new List<ValueList<string>>();
        foreach (var owner in owners)
        {
            foreach (var measure in _measures.Where(m => m.Owners.Contains(owner)))
            {
                rows.Add(ResponsibilityRow(rows.Count + 1, owner, measure));
            }
        }

        foreach (var measure in _measures.Where(m => m.Owners.IsEmpty))
        {
            rows.Add(ResponsibilityRow(rows.Count + 1, Unassigned, measure));
        }

        return rows.ToValueList();
    }

    private static ValueList<string> ResponsibilityRow(int number, string owner, MeasureInfo measure) => ValueList.Of(
        Number(number),
        owner,
        Trimmed(measure.Measure.OwningUnit) ?? string.Empty,
        measure.Label,
        measure.Measure.Deadline?.ToString() ?? string.Empty,
        Trimmed(measure.Measure.Standard) ?? string.Empty);

    private static string OwnersText(ValueList<string> owners) => owners.IsEmpty ? Unassigned : string.Join("、", owners);

    private static string Number(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();

    private static string? AspectLabel(AspectGroup group, AspectCatalogue? catalogue)
    {
        if (group.AspectId is not null && catalogue?.Find(group.AspectId) is { } aspect && !string.IsNullOrWhiteSpace(aspect.ShortTitle))
        {
            return aspect.ShortTitle;
        }

        return Trimmed(DocumentLayout.AspectHeading(group, catalogue));
    }

    private static string Details(Problem problem)
    {
        var text = new StringBuilder(problem.Body.Trim());
        foreach (var example in problem.Examples)
        {
            text.Append(example.Text.Trim());
        }

        return text.ToString();
    }

    private static string TaskDetails(Measure measure)
    {
        var text = new StringBuilder(measure.Body.Trim());
        for (var i = 0; i < measure.Items.Count; i++)
        {
            text.Append(ChineseText.ItemMarker(i + 1)).Append(measure.Items[i].Text.Trim());
        }

        return text.ToString();
    }

    /// <summary>The short form of a problem: its lead, or else the first sentence of its body.</summary>
    private static string ProblemText(Problem problem)
    {
        var lead = problem.Lead.Trim();
        if (lead.Length > 0)
        {
            return lead;
        }

        var body = problem.Body.Trim();
        var end = body.IndexOf('。');
        return end >= 0 ? body.Substring(0, end + 1) : (body.Length > 0 ? body : problem.Id);
    }

    private sealed class ProblemInfo
    {
        public ProblemInfo(Problem problem, string? aspect)
        {
            Problem = problem;
            Aspect = aspect;
            Text = ProblemText(problem);
        }

        public Problem Problem { get; }

        public string? Aspect { get; }

        public string Text { get; }

        public List<string> Causes { get; } = new();

        public List<(MeasureInfo Info, bool Inferred)> Measures { get; } = new();
    }

    private sealed class MeasureInfo
    {
        public MeasureInfo(Measure measure, int number)
        {
            Measure = measure;
            Label = ChineseText.HeadingNumber(number) + measure.Title.Trim();
            Owners = measure.Owners.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).Distinct(StringComparer.Ordinal).ToValueList();
            var text = new StringBuilder(measure.Title.Trim());
            for (var i = 0; i < measure.Items.Count; i++)
            {
                text.Append(ChineseText.ItemMarker(i + 1)).Append(measure.Items[i].Lead.Trim());
            }

            Text = text.ToString();
        }

        public Measure Measure { get; }

        public string Label { get; }

        public string Text { get; }

        public ValueList<string> Owners { get; }

        public List<ProblemInfo> Problems { get; } = new();

        public List<string> Unresolved { get; } = new();
    }
}
