using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ReviewModel.Import;
using ReviewModel.Text;
using Xunit;

namespace ReviewModel.Tests.Import;

/// <summary>
/// The sections and items stages read paragraphs in place (<see cref="SourceSpan.AsSpan"/>) instead of making their
/// strings. Each reader that took a string and now takes characters in place is held here to the string version it
/// replaced (kept below as the reference), on random paragraphs made of the characters those readers look at: markers,
/// numerals, 方面, sentence ends, spaces, example words, dates.
/// </summary>
public sealed class InPlaceReadingTests
{
    private static readonly string[] Pieces =
    {
        "一是", "二是", "三是", "四是", "十一是", "统一是", "一", "二", "是", "方面", "在", "带头", "存在的问题", "的问题及整改措施",
        "理论学习", "担当作为", "。", "：", ":", "，", ",", "；", "！", "？", "”", "\"", " ", "　", "比如", "例如", "如：", "如，",
        "举例来说", "比方说", "总之", "以上", "2025年1月10日", "二〇二五年一月十日", "2025-01-10", "年", "月", "日", "等方面", "按照",
        "对照检查了", "（", "）", ")", "．", "1", "x", "\n",
    };

    [Fact]
    public void Inline_item_scanner_finds_the_markers_the_string_scanner_found()
    {
        foreach (var text in Paragraphs(20261202, 3_000))
        {
            for (var first = 1; first <= 3; first++)
            {
                var limit = text.Length / 2;
                Assert.Equal(ReferenceScan(text, first, text.Length), InlineItemScanner.Scan(text.AsSpan(), first).Select(Tuple));
                Assert.Equal(ReferenceScan(text, first, limit), InlineItemScanner.Scan(text.AsSpan(), first, limit).Select(Tuple));
                var all = ReferenceScan(text, first, limit);
                Assert.Equal(all.Count > 0 ? all[0].MarkerStart : -1, InlineItemScanner.FirstMarkerStart(text.AsSpan(), first, limit));
            }
        }
    }

    [Fact]
    public void A_run_is_given_as_its_own_array_however_often_the_scratch_list_is_reused()
    {
        var first = InlineItemScanner.Scan("一是甲。二是乙。三是丙。".AsSpan(), 1);
        var second = InlineItemScanner.Scan("一是丁。二是戊。".AsSpan(), 1);
        Assert.Equal(3, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Equal(new[] { 0, 4, 8 }, first.Select(i => i.MarkerStart));
        Assert.Empty(InlineItemScanner.Scan("没有标记的段落。".AsSpan(), 1));
    }

    [Fact]
    public void Example_scanner_finds_the_starts_the_string_scanner_found()
    {
        foreach (var text in Paragraphs(20261203, 3_000))
        {
            Assert.Equal(ReferenceExamples(text, 1), ExampleScanner.Scan(text.AsSpan(), 1));
        }
    }

    [Fact]
    public void Aspect_heading_split_matches_the_string_split()
    {
        foreach (var text in Paragraphs(20261204, 3_000))
        {
            var span = SourceSpan.FromSource(text, 0, text.Length);
            var (heading, rest) = ProblemSectionDraft.SplitAspectHeading(span);
            var (expectedHeading, expectedRest) = ReferenceSplitAspectHeading(text);
            Assert.Equal(expectedHeading, heading.Text);
            Assert.Equal(expectedRest, rest.Text);
            Assert.Equal(expectedHeading, ProblemSectionDraft.AspectHeading(text.AsSpan()).ToString());
        }
    }

    [Fact]
    public void Closing_aspect_and_lead_tests_match_the_string_tests()
    {
        foreach (var text in Paragraphs(20261205, 3_000))
        {
            Assert.Equal(ReferenceIsClosing(text), ItemCollector.IsClosing(text.AsSpan()));
            Assert.Equal(ReferenceLooksLikeAspect(text), AspectMatcher.LooksLikeAspect(text.AsSpan()));
            Assert.Equal(SectionClassifier.Classify(text.AsSpan()), SectionClassifier.Classify(new string(text.ToCharArray()).AsSpan()));
        }
    }

    [Fact]
    public void Span_cuts_match_cutting_the_text()
    {
        var random = new Random(20261206);
        foreach (var text in Paragraphs(20261206, 1_000))
        {
            var span = SourceSpan.FromSource("前" + text, 1, text.Length);
            var start = random.Next(text.Length + 1);
            var length = random.Next(text.Length - start + 1);
            Assert.Equal(text.Substring(start, length), span.Substring(start, length));
            Assert.Equal(span.Slice(start, length).Trim().Length == 0, span.IsBlank(start, length));
            var rest = span.RestAfter(start);
            Assert.Equal(span.Slice(start).Trim().Text, rest.Text);
            if (rest.Length > 0)
            {
                Assert.Equal(span.Slice(start).Trim().OffsetAt(0), rest.OffsetAt(0));
            }
        }
    }

    /// <summary>An item's text named as a range of its paragraph reads, cuts and locates as the trimmed slice it replaced.</summary>
    [Fact]
    public void A_trimmed_range_is_the_trimmed_slice()
    {
        var random = new Random(20261209);
        var source = "前 一是理论学习不够深入。\n 比如学习不系统 。二是担当作为不够。 ";
        var context = new ImportContext(new LineMap(source, null), ImportOptions.Default, default);
        var spans = new[]
        {
            SourceSpan.FromSource(source, 1, source.Length - 1),
            SourceSpan.Join(new[] { SourceSpan.FromSource(source, 1, 12), SourceSpan.FromSource(source, 14, 10) }, "\n"),
        };
        for (var round = 0; round < 3_000; round++)
        {
            var span = spans[round % spans.Length];
            var start = random.Next(span.Length + 1);
            var length = random.Next(span.Length - start + 1);
            var slice = span.Slice(start, length).Trim();
            Assert.Equal(slice.Length == 0, span.IsBlank(start, length));
            if (slice.Length == 0)
            {
                continue;
            }

            var range = span.TrimmedRange(start, length);
            Assert.Equal(slice.Text, range.AsSpan().ToString());
            Assert.Equal(slice.Text, range.Cut().Text);
            Assert.Equal(context.Locate(slice), context.Locate(range));
            Assert.Equal(Enumerable.Range(0, slice.Length).Select(slice.OffsetAt), Enumerable.Range(0, range.Length).Select(range.Cut().OffsetAt));
            var at = random.Next(range.Length + 1);
            var count = random.Next(range.Length - at + 1);
            Assert.Equal(slice.Text.Substring(at, count), range.Substring(at, count));
            Assert.Equal(context.Locate(slice.Slice(at, count)), context.Locate(range, at, count));
        }
    }

    [Fact]
    public void Locating_part_of_a_span_matches_locating_its_slice()
    {
        var source = "一是理论学习不够深入。\n比如学习不系统。\n二是担当作为不够。";
        var context = new ImportContext(new LineMap(source, null), ImportOptions.Default, default);
        var whole = SourceSpan.FromSource(source, 0, source.Length);
        var joined = SourceSpan.Join(new[] { SourceSpan.FromSource(source, 0, 11), SourceSpan.FromSource(source, 12, 8) }, "\n");
        foreach (var span in new[] { whole, whole.Slice(3, 20), joined, SourceSpan.Inserted("、", 4) })
        {
            for (var start = 0; start <= span.Length; start++)
            {
                for (var length = 0; start + length <= span.Length; length += 3)
                {
                    Assert.Equal(context.Locate(span.Slice(start, length)), context.Locate(span, start, length));
                }
            }
        }
    }

    [Fact]
    public void Line_text_joins_as_the_list_of_lines_did()
    {
        var random = new Random(20261207);
        var source = "甲乙丙丁戊己庚辛壬癸" + " " + "子丑寅卯";
        SourceSpan Paragraph() => random.Next(4) == 0 ? SourceSpan.FromSource(source, 3, 0) : SourceSpan.FromSource(source, random.Next(10), random.Next(1, 5));
        List<SourceSpan> Paragraphs() => Enumerable.Range(0, random.Next(4)).Select(_ => Paragraph()).ToList();
        for (var round = 0; round < 2_000; round++)
        {
            var first = Paragraphs();
            var second = Paragraphs();
            var closing = random.Next(3) == 0 ? null : Paragraphs();
            var lines = first.Concat(second).Where(p => p.Length > 0).Select(p => p.Text).ToList();
            Assert.Equal(ReferenceLineText(lines, closing), LineText.Join(first, second, closing));
            var text = random.Next(2) == 0 ? string.Empty : "正文";
            Assert.Equal(ReferenceLineText(text.Length > 0 ? new List<string> { text } : new List<string>(), closing ?? new List<SourceSpan>()), LineText.Join(text, closing ?? new List<SourceSpan>()));
        }
    }

    /// <summary>A candidate the meeting-date reader passes over without parsing is never a date the parse accepts.</summary>
    [Fact]
    public void A_candidate_that_is_not_date_shaped_never_parses_as_a_date()
    {
        var random = new Random(20261208);
        var characters = "0123456789０１２３４５６７８９年月日x 〇-.";
        for (var round = 0; round < 20_000; round++)
        {
            var candidate = round % 2 == 0
                ? new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => characters[random.Next(characters.Length)]).ToArray())
                : $"{random.Next(1990, 2030)}年{random.Next(0, 14)}{Noise(random)}月{random.Next(0, 33)}{Noise(random)}日";
            if (ChineseText.ParseDate(candidate) is not null)
            {
                Assert.True(HeaderReader.IsDateShaped(candidate.AsSpan()), candidate);
            }
        }

        Assert.True(HeaderReader.IsDateShaped("２０２５年１月１０日".AsSpan()));
        Assert.False(HeaderReader.IsDateShaped("2022年x月x日".AsSpan()));
    }

    private static string Noise(Random random) => random.Next(4) switch { 0 => "x", 1 => " ", _ => string.Empty };

    private static (int MarkerStart, int ContentStart, int Number) Tuple(InlineItem item) => (item.MarkerStart, item.ContentStart, item.Number);

    private static IEnumerable<string> Paragraphs(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var builder = new StringBuilder();
            var pieces = random.Next(1, 14);
            for (var p = 0; p < pieces; p++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            yield return builder.ToString();
        }
    }

    // The string versions the in-place readers replaced, as they were.
    private static List<(int MarkerStart, int ContentStart, int Number)> ReferenceScan(string text, int firstNumber, int limit)
    {
        var found = new List<(int, int, int)>();
        var expected = firstNumber;
        int NextShi(int from)
        {
            var end = limit < text.Length ? limit : text.Length;
            return from >= end ? -1 : text.IndexOf('是', from, end - from);
        }

        for (var i = NextShi(1); i >= 0; i = NextShi(i + 1))
        {
            var end = i;
            while (end > 0 && end > i - 2 && Chars.IsSpace(text[end - 1]))
            {
                end--;
            }

            var n = 0;
            while (n < 3 && end - n - 1 >= 0 && ChineseNumerals.IsNumeral(text[end - n - 1]))
            {
                n++;
            }

            for (var len = n; len >= 1; len--)
            {
                var start = end - len;
                var number = ChineseNumerals.Parse(text.AsSpan(), start, len);
                if (number != expected || (start > 0 && !Chars.CanPrecedeMarker(text[start - 1])))
                {
                    continue;
                }

                var content = i + 1;
                while (content < text.Length && Chars.IsSpace(text[content]))
                {
                    content++;
                }

                if (content < text.Length && (text[content] == '，' || text[content] == ','))
                {
                    content++;
                }

                found.Add((start, content, number));
                expected++;
                break;
            }
        }

        return found;
    }

    private static List<int> ReferenceExamples(string text, int from)
    {
        var markers = new[] { "比如", "例如", "譬如", "比方说", "举例来说" };
        var firsts = new[] { '比', '例', '譬', '如', '举' };
        var starts = new List<int>();
        int Next(int at) => at >= text.Length ? -1 : text.IndexOfAny(firsts, Math.Max(0, at));
        for (var i = Next(from); i >= 0; i = Next(i + 1))
        {
            var p = i > 0 ? text[i - 1] : '\0';
            if (i > from && !(Chars.IsSentenceEnd(p) || p is '，' or ',' or '：' or ':' or '”' or '"' or '\n' || Chars.IsSpace(p) || p is '（' or '('))
            {
                continue;
            }

            if (text[i] == '如')
            {
                if (i + 1 < text.Length && text[i + 1] is '：' or ':' or '，' or ',')
                {
                    starts.Add(i);
                }

                continue;
            }

            foreach (var marker in markers)
            {
                if (string.CompareOrdinal(text, i, marker, 0, marker.Length) == 0)
                {
                    starts.Add(i);
                    i += marker.Length - 1;
                    break;
                }
            }
        }

        return starts;
    }

    private static (string Heading, string Remainder) ReferenceSplitAspectHeading(string text)
    {
        var end = -1;
        var limit = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '：' or ':' or '！' or '？')
            {
                limit = i;
                break;
            }
        }

        var run = ReferenceScan(text, 1, limit);
        if (run.Count > 0 && run[0].MarkerStart < limit)
        {
            limit = run[0].MarkerStart;
        }

        var aspect = limit >= 2 ? text.LastIndexOf("方面", limit - 1, limit, StringComparison.Ordinal) : -1;
        if (aspect >= 0)
        {
            end = aspect + 2;
            if (end < text.Length && text.IndexOf("存在的问题", end, Math.Min(6, text.Length - end), StringComparison.Ordinal) == end)
            {
                end += 5;
            }

            if (limit - end is > 0 and <= ImportThresholds.MaxAspectHeadingTail && text.IndexOf('，', end, limit - end) < 0 && text.IndexOf(',', end, limit - end) < 0)
            {
                end = limit;
            }
        }
        else
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (Chars.IsSentenceEnd(text[i]) || text[i] is '：' or ':')
                {
                    end = i;
                    break;
                }
            }
        }

        if (end < 0)
        {
            return (text, string.Empty);
        }

        while (end < text.Length && (Chars.IsSentenceEnd(text[end]) || text[end] is '：' or ':' or '，' or ',' or '”' or '"'))
        {
            end++;
        }

        return (text.Substring(0, end), SourceSpan.FromSource(text, 0, text.Length).Slice(end).Trim().Text);
    }

    private static bool ReferenceIsClosing(string text)
    {
        var t = text.Trim();
        if (t.Length >= ImportThresholds.MinDateLineLength && t.Length <= ImportThresholds.MaxDateLineLength
            && t.All(c => Chars.IsDigit(c) || Chars.IsNumeral(c) || c is '年' or '月' or '日' or '-' or '.' or '/' or ' ')
            && (t.IndexOf('年') >= 2 || t.IndexOf('-') == 4))
        {
            return true;
        }

        return new[] { "总之", "综上", "总的来说", "总而言之", "以上" }.Any(w => text.StartsWith(w, StringComparison.Ordinal));
    }

    private static bool ReferenceLooksLikeAspect(string heading)
    {
        var h = heading.TrimEnd('。', '：', ':', '，', ',', '；', ';', ' ', '　', '.');
        var namesAspects = h.Length > AspectMatcher.MaxHeadingLength || h.IndexOf('。') >= 0
            || h.EndsWith("等方面", StringComparison.Ordinal) || h.EndsWith("个方面", StringComparison.Ordinal) || h.EndsWith("几方面", StringComparison.Ordinal)
            || new[] { "按照", "根据", "依据", "遵照", "为", "我", "本人", "会前", "现将", "通过" }.Any(o => h.StartsWith(o, StringComparison.Ordinal))
            || h.IndexOf("对照检查了", StringComparison.Ordinal) >= 0 || h.IndexOf("查找了", StringComparison.Ordinal) >= 0 || h.IndexOf("围绕", StringComparison.Ordinal) >= 0;
        return !namesAspects
            && (h.EndsWith("方面", StringComparison.Ordinal)
                || (h.StartsWith("在", StringComparison.Ordinal) && h.IndexOf("方面", StringComparison.Ordinal) >= 0)
                || h.StartsWith("带头", StringComparison.Ordinal)
                || h.StartsWith("在带头", StringComparison.Ordinal));
    }

    private static string ReferenceLineText(List<string> lines, List<SourceSpan>? closing)
    {
        var text = string.Join("\n", lines);
        if (closing is not null)
        {
            foreach (var paragraph in closing)
            {
                text += "\n" + paragraph.Text;
            }
        }

        return text;
    }
}
