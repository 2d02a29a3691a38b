using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using ReviewModel.Model;
using ReviewModel.Text;

namespace ReviewModel.Ledger;

/// <summary>
/// Writes next year's 上年度整改落实情况 section from a ledger, in the shape materials use (the sample's section 二):
/// an intro saying since when and how much, one item <c>一是…</c> per aspect whose items were completed (what was
/// done, measure by measure), an item for the long-term commitments and one for the items still under way (each with
/// its status and deadline), and a closing <c>总之，…</c> with the counts, 销号 included.
/// </summary>
internal static class CarryForward
{
    public static RectificationSection Write(RectificationLedger ledger, LocalDate? asOf)
    {
        var header = ledger.Document.Header;
        var meeting = header.MeetingKind == MeetingKind.OrganisationalLife ? "组织生活会" : "民主生活会";
        var heading = $"上年度{meeting}查摆问题整改落实情况";
        var entries = ledger.Entries;
        var done = entries.Where(e => e.Status is RectificationStatus.Completed or RectificationStatus.Closed).ToList();
        var longTerm = entries.Where(e => e.Status == RectificationStatus.LongTerm).ToList();
        var open = entries.Where(e => e.IsOpen).ToList();
        var closed = entries.Count(e => e.Status == RectificationStatus.Closed);
        var us = header.Subject.Kind == SubjectKind.Individual ? "我" : "我们";

        var measures = entries.Where(e => e.MeasureId is not null).Select(e => e.MeasureId).Distinct().Count();
        var problems = entries.Where(e => e.ProblemId is not null).Select(e => e.ProblemId).Distinct().Count();
        var since = MeetingName(ledger);
        var intro = new StringBuilder($"{since}召开以来，{us}对照查摆的{problems}个问题、制定的{measures}项整改措施，逐项建立整改台账，明确责任人、责任单位和完成时限，");
        intro.Append(asOf is { } date ? $"截至{ChineseText.FormatDate(date)}，" : "目前，");
        intro.Append($"{entries.Count}项整改事项中已完成{done.Count}项");
        if (closed > 0)
        {
            intro.Append($"（其中已销号{closed}项）");
        }

        intro.Append($"，长期坚持{longTerm.Count}项，正在推进{open.Count}项。主要情况如下：");

        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var measure in ledger.Document.AllMeasures)
        {
            if (!titles.ContainsKey(measure.Id))
            {
                titles.Add(measure.Id, Trim(measure.Title));
            }
        }

        string Title(LedgerEntry e) => e.MeasureId is not null && titles.TryGetValue(e.MeasureId, out var title) ? title : Trim(e.MeasureId is null ? e.Problem : e.Measure);

        var items = new List<NumberedItem>();
        foreach (var group in done.GroupBy(e => e.Aspect ?? string.Empty))
        {
            items.Add(CompletedItem(group.Key, group.ToList(), Title));
        }

        if (longTerm.Count > 0)
        {
            items.Add(new NumberedItem(
                $"坚持长期整改，{longTerm.Count}项事项常态长效推进。",
                string.Join("；", ByMeasure(longTerm).Select(m => $"{Title(m.First())}{LastWork(m)}")) + "，作为长期坚持事项持续抓好落实。"));
        }

        if (open.Count > 0)
        {
            items.Add(new NumberedItem(
                $"持续推进未完成事项，{open.Count}项事项结转到本年度。",
                string.Join("；", open.GroupBy(e => (e.MeasureId ?? e.Key, e.Status)).Select(g =>
                    $"{Title(g.First())}（涉及{g.Count()}个问题，当前状态：{g.Key.Status.Name()}{DeadlineText(g.First())}）")) + "，已列入本年度整改台账，继续跟踪问效。"));
        }

        var closing = $"总之，上年度查摆问题的{entries.Count}项整改事项，已完成{done.Count}项、销号{closed}项，长期坚持{longTerm.Count}项，正在推进{open.Count}项。"
            + (open.Count + longTerm.Count > 0 ? "对尚未完成和需要长期坚持的事项，我们将坚持问题不解决不松劲、整改不到位不收兵，确保件件有着落、事事有回音。" : "我们将巩固拓展整改成果，防止问题反弹回潮。");
        if (us == "我")
        {
            closing = closing.Replace("我们将", "我将");
        }

        return new RectificationSection(heading, items.ToValueList(), ValueList.Of(new Paragraph(intro.ToString())), ValueList.Of(new Paragraph(closing)));
    }

    private static NumberedItem CompletedItem(string aspect, List<LedgerEntry> entries, Func<LedgerEntry, string> title)
    {
        var label = aspect.Trim().TrimEnd('。', '，');
        string lead;
        if (label.Length == 0)
        {
            lead = $"其他方面，{entries.Count}项整改事项已完成。";
        }
        else if (label.StartsWith("在", StringComparison.Ordinal) && label.EndsWith("方面", StringComparison.Ordinal))
        {
            lead = $"{label}，{entries.Count}项整改事项已完成。";
        }
        else
        {
            lead = $"在{label}方面，{entries.Count}项整改事项已完成。";
        }

        var closed = entries.Count(e => e.Status == RectificationStatus.Closed);
        if (closed > 0)
        {
            lead = lead.Substring(0, lead.Length - 1) + $"，其中{closed}项已销号。";
        }

        var body = string.Join("；", ByMeasure(entries).Select(m =>
            $"针对{string.Join("、", m.Select(e => "“" + Trim(e.Problem) + "”"))}，{title(m.First())}{LastWork(m)}"));
        return new NumberedItem(lead, body + "。");
    }

    private static IEnumerable<List<LedgerEntry>> ByMeasure(IEnumerable<LedgerEntry> entries) =>
        entries.GroupBy(e => e.MeasureId ?? e.Key).Select(g => g.ToList());

    private static string LastWork(List<LedgerEntry> entries)
    {
        var record = entries.SelectMany(e => e.Log).Where(r => r.Status != RectificationStatus.Closed).OrderBy(r => r.Date).LastOrDefault();
        if (record is null)
        {
            return string.Empty;
        }

        var evidence = entries.SelectMany(e => e.Evidence).Distinct().ToList();
        return $"，{Trim(record.What)}" + (evidence.Count == 0 ? string.Empty : $"（佐证材料：{string.Join("、", evidence)}）");
    }

    private static string DeadlineText(LedgerEntry e) =>
        e.Deadline is null ? string.Empty : e.Deadline.IsLongTerm ? "，长期坚持" : $"，完成时限{e.Deadline}";

    private static string Trim(string text) => text.Trim().TrimEnd('。', '；', '，', ';', ',');

    private static string MeetingName(RectificationLedger ledger)
    {
        var header = ledger.Document.Header;
        var catalogue = header.Catalogue;
        if (catalogue is not null && catalogue.Meeting.Length > 0)
        {
            var year = catalogue.Year;
            return catalogue.Meeting.Contains("年") || year is null
                ? catalogue.Meeting
                : year.Value.ToString(CultureInfo.InvariantCulture) + "年" + catalogue.Meeting;
        }

        var kind = header.MeetingKind == MeetingKind.OrganisationalLife ? "组织生活会" : "民主生活会";
        return header.MeetingDate is { } date ? $"{date.Year}年{date.Month}月召开的{kind}" : "上年度" + kind;
    }
}
