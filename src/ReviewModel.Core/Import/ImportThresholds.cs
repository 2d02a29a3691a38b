namespace ReviewModel.Import;

/// <summary>
/// Every heuristic threshold of the text importer, in one place, each with the reason for its value. Lengths
/// are in characters of the text after markup is removed (a Chinese character counts one). The values were
/// set against the fidelity corpus (tests/ReviewModel.Tests/Import/Corpus) and the variation tests; changing
/// one changes what the importer recovers, so the corpus must stay at 100% after any change.
/// Safety limits on the input (size, lines, nesting) are not heuristics: they are <see cref="ImportLimits"/>.
/// </summary>
internal static class ImportThresholds
{
    // ── Reading ──────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>More control characters than this (and more than <see cref="ControlCharacterShareDivisor"/>'s share)
    /// make the input "not text". A few stray controls occur in real pastes (form feeds from PDFs, BELs from old
    /// editors); a binary file has thousands.</summary>
    public const int MaxStrayControlCharacters = 16;

    /// <summary>Controls make the input "not text" only when they are at least one character in this many: a long
    /// text with a handful of controls is still text.</summary>
    public const int ControlCharacterShareDivisor = 10;

    /// <summary>Big5 is preferred over GB18030 when at least this share of its characters are common Chinese
    /// characters: one in five is far above what a wrong decoding gives (a few percent of noise).</summary>
    public const double Big5CommonShare = 0.2;

    /// <summary>…and when that share is this many times the GB18030 decoding's: a clear winner, not a tie.</summary>
    public const double Big5OverGbFactor = 2;

    // ── Lines: paragraph joining ─────────────────────────────────────────────────────────────────────────

    /// <summary>Lines longer than this count as this long in the width histogram: wider lines are paragraphs
    /// written on one line, not a page's wrapping width, and the histogram stays a fixed size.</summary>
    public const int MaxTrackedLineWidth = 512;

    /// <summary>The typical full line is this percentile of line lengths: most lines of wrapped text are full,
    /// and the last line of each paragraph (shorter) is well under a quarter of them.</summary>
    public const double TypicalWidthPercentile = 0.75;

    /// <summary>A text uses blank lines between paragraphs when blank lines are at least this share of its text
    /// lines: one blank line per four text lines is the least seen in blank-separated materials, and single-line
    /// paragraph texts (Word pastes) have almost none.</summary>
    public const double BlankSeparatedShare = 0.25;

    /// <summary>A text looks pasted from a PDF (hard breaks mid-sentence) with at least this many line pairs that
    /// break mid-sentence: one or two are ordinary short lines without end punctuation.</summary>
    public const int MinPdfSoftBreaks = 3;

    /// <summary>…and when they are at least this share of all adjacent line pairs: one pair in five.</summary>
    public const double PdfSoftBreakShare = 0.2;

    /// <summary>A line at least this share of the typical width is "full": it was wrapped by the page, not ended
    /// by the author. 70% leaves room for the ragged right edge of proportional Chinese/Latin text.</summary>
    public const double FullLineShare = 0.7;

    /// <summary>A text has a blank line after every line (some PDF viewers' copy) when blank lines are at least
    /// this share of text lines.</summary>
    public const double DoubleSpacedBlankShare = 0.8;

    /// <summary>…and at least this many line–blank–line triples: fewer is not a pattern.</summary>
    public const int MinDoubleSpacedTriples = 5;

    /// <summary>…of which at least this share break mid-sentence at full width.</summary>
    public const double DoubleSpacedSoftShare = 0.3;

    /// <summary>In text that is one paragraph a line, a single line broken at the page width is at least this long:
    /// the official format (GB/T 9704) sets 28 characters a line, so a line a PDF wrapped in that format has at least
    /// 28; titles, bylines and signatures are shorter.</summary>
    public const int MinWrappedLineLength = 28;

    /// <summary>…and at least this share of the typical full line: a line wrapped by the page is as long as most lines.</summary>
    public const double WrappedShareOfWidth = 0.9;

    // ── Headings and titles ──────────────────────────────────────────────────────────────────────────────

    /// <summary>A numbered heading (<c>一、</c>, <c>（一）</c>, <c>1.</c> title) fits in this many characters: the
    /// longest section and item titles seen are about 30; a longer numbered line is running text.</summary>
    public const int MaxHeadingLength = 40;

    /// <summary>A bare (unnumbered) section heading such as <c>存在的问题</c> or <c>整改措施及努力方向</c> is at most
    /// this long: the longest standard names are about 12 characters, with a qualifier about 20.</summary>
    public const int MaxBareSectionHeadingLength = 24;

    /// <summary>An aspect heading (<c>（一）在带头……方面</c>) is at most this long: catalogue aspects quote a whole
    /// line of the notice (up to about 60 characters) and authors add their own wording.</summary>
    public const int MaxAspectHeadingLength = 160;

    /// <summary>A paragraph longer than this is never tried as an aspect heading: it is running text, and this
    /// bounds the matcher's work on long paragraphs.</summary>
    public const int MaxAspectCandidateLength = 200;

    /// <summary>A heading matches a catalogue aspect "exactly enough" to be an aspect heading without other
    /// signs at this score or above (scores from <see cref="AspectMatcher"/>).</summary>
    public const double CatalogueHeadingScore = 0.9;

    /// <summary>Lines from the top searched for the title: outlines and web chrome before a title are at most a
    /// few dozen lines.</summary>
    public const int TitleSearchLines = 40;

    /// <summary>A title (both lines together) is at most this long.</summary>
    public const int MaxTitleLength = 64;

    /// <summary>A title line is at most this long; a longer line is body text and ends the search.</summary>
    public const int MaxTitleLineLength = 60;

    /// <summary>The second line of a two-line title (<c>对照检查材料</c> under the meeting's name) or the meeting line
    /// before it is at most this long.</summary>
    public const int MaxTitlePartLength = 30;

    /// <summary>A title-shaped line is at least this long to score as a full title; a shorter line that ends a
    /// sentence is still a title candidate, a longer one that ends a sentence is body text.</summary>
    public const int MinFullTitleLength = 12;

    // ── Items ────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>A short first line of an item without a sentence end, at most this long, is the item's title
    /// with its text in the lines after it.</summary>
    public const int MaxItemTitleLength = 60;

    /// <summary>An owner or unit field after <c>责任人：</c> is at most this long: longer is a sentence, not a name list.</summary>
    public const int MaxAccountabilityFieldLength = 60;

    /// <summary>A date line (<c>2025年1月10日</c>, <c>2025-01-10</c>) is this long at least…</summary>
    public const int MinDateLineLength = 6;

    /// <summary>…and at most this long (<c>二〇二五年十二月三十一日</c> is 13).</summary>
    public const int MaxDateLineLength = 16;

    /// <summary>Characters read after a position to find an inline heading marker (<c>（十二）</c> is the longest).</summary>
    public const int MarkerWindow = 12;

    // ── Resolution: header ───────────────────────────────────────────────────────────────────────────────

    /// <summary>A named meeting subject in the opening (<c>围绕“……”主题</c>) is at most this long before its <c>。</c>.</summary>
    public const int MaxSubjectLength = 300;

    /// <summary>A quoted notice name (<c>《关于……的通知》</c>) is at most this long.</summary>
    public const int MaxNoticeNameLength = 80;

    /// <summary>Characters before a notice name searched for its issuer (<c>市委办公室</c>).</summary>
    public const int IssuerWindow = 12;

    /// <summary>Characters before a title keyword searched for the unit's name.</summary>
    public const int UnitNameWindow = 16;

    /// <summary>A date from the year's first digit to <c>日</c> (<c>2024年12月31日</c>) is at most this long.</summary>
    public const int MaxDateLength = 11;

    /// <summary>Characters before <c>召开</c> where the meeting date is looked for.</summary>
    public const int MeetingDateLookBack = 30;

    /// <summary>The length of the window searched for the meeting date.</summary>
    public const int MeetingDateWindow = 40;

    // ── Diagnostics ──────────────────────────────────────────────────────────────────────────────────────

    /// <summary>Text quoted in an import diagnostic is cut to this many characters (with <c>…</c>): enough to
    /// recognise a heading, short enough for one line of output.</summary>
    public const int ExcerptLength = 20;

    // ── Lines: outline, chrome ───────────────────────────────────────────────────────────────────────────

    /// <summary>An outline (目录) entry is a short line: at most this many characters, like a heading.</summary>
    public const int MaxOutlineEntryLength = MaxHeadingLength;

    /// <summary>Fewest entries that make an outline (two after a 目录 line): two short lines are a title and a subtitle.</summary>
    public const int MinOutlineEntries = 3;

    /// <summary>A page-number line is at most this long (<c>第 12 页 共 30 页</c> is 13 with its spaces).</summary>
    public const int MaxPageNumberLineLength = 14;

    /// <summary>Web-page chrome lines (浏览次数, 发布时间, 首页 &gt; …) are short: a longer line is body text whatever it contains.</summary>
    public const int MaxChromeLineLength = 100;

    /// <summary>How many lines a web page's closing link list (相关阅读 followed by short titles) may have: more than a
    /// page shows, far fewer than a material's measures section.</summary>
    public const int MaxWebTailLines = 40;

    // ── Sections and aspects ─────────────────────────────────────────────────────────────────────────────

    /// <summary>A heading matches a catalogue aspect at this score or above (<see cref="AspectMatcher"/>): half the
    /// aspect's distinctive wording, which tells 担当作为 from 作风建设 but tolerates the author's rewording.</summary>
    public const double AspectMatchScore = 0.5;

    /// <summary>A heading reduced to its letters longer than this is not matched against a catalogue: the longest
    /// official aspect is about 150 characters, so twice the longest heading bounds the matcher's work.</summary>
    public const int MaxMatchedKeyLength = 400;

    /// <summary>A heading whose letters are contained in an aspect's (or the other way round) matches when the
    /// shorter has at least this many letters: fewer (<c>学习</c>) are in every aspect.</summary>
    public const int MinContainedKeyLength = 4;

    /// <summary>The score of a containment match before its length ratio is added: above
    /// <see cref="AspectMatchScore"/>, so containment always matches, and up to 1 when the two are the same.</summary>
    public const double ContainmentScore = 0.6;

    /// <summary>The longest words after 方面 still read as part of an aspect heading (的问题及整改措施).</summary>
    public const int MaxAspectHeadingTail = 12;

    /// <summary>The shortest clause taken for a problem of its own when a paragraph is split at ；: shorter clauses
    /// are enumerations inside one problem (学习、调研；落实).</summary>
    public const int MinProblemClauseLength = 8;

    // ── Items: lead phrases ──────────────────────────────────────────────────────────────────────────────

    /// <summary>A first sentence longer than this is too long for a lead phrase: the lead is cut at its first comma
    /// (within <see cref="LeadCommaWindow"/>).</summary>
    public const int MaxLeadSentenceLength = 60;

    /// <summary>Where a long first sentence is cut: at a comma within this many characters (理论联系实际，…).</summary>
    public const int LeadCommaWindow = 40;

    /// <summary>An item without any sentence end whose text is longer than this is cut at its first comma too;
    /// a shorter one is a title in full.</summary>
    public const int MaxUnpunctuatedLeadLength = 20;

    // ── Items: counts and tables ─────────────────────────────────────────────────────────────────────────

    /// <summary>The longest number read as a preparation count: seven digits (no preparation count has more), or seven
    /// Chinese numeral characters (九千九百九十九).</summary>
    public const int MaxCountDigits = 7;

    /// <summary>How far back from a count its topic word (研讨, 征求意见, 谈心谈话) may stand, within one sentence: long enough
    /// for 班子成员之间、班子成员与分管部门负责同志之间深入开展谈心谈话, short enough not to reach into another topic.</summary>
    public const int CountTopicWindow = 80;

    /// <summary>How much longer than a known header a table header may be and still name that column
    /// (整改措施及成效, 问题表现（具体事例）).</summary>
    public const int MaxTableHeaderSuffix = 6;

    // ── Resolution: header, catalogue, links ─────────────────────────────────────────────────────────────

    /// <summary>Characters of the opening searched for header facts (unit, date, notice): the opening paragraph and a
    /// little more; bounding it keeps header reading linear.</summary>
    public const int HeaderWindow = 4000;

    /// <summary>A guessed catalogue must match strictly more than this share of the aspect headings.</summary>
    public const double CatalogueMatchedShare = 0.5;

    /// <summary>A keyword (character pair) found in more than this many elements is too common to link by.</summary>
    public const int MaxKeywordPostings = 16;

    /// <summary>The least score (shared distinctive character pairs, weighted by <see cref="KeywordIndex"/>) for an
    /// inferred link: low, because linked elements share few words; the best match wins and the link is marked inferred.</summary>
    public const double LinkScore = 0.08;

    /// <summary>How far from the start of its line a Markdown heading's text is looked for when Markdig's span
    /// for it is not in the source (a tab after <c>#</c>): a heading is one line, and no line is longer than this.</summary>
    public const int MaxMarkdownBlockSearch = 64 * 1024;

    /// <summary>The fallback pairing of measures or causes left without a problem compares each with each unlinked
    /// problem: beyond this many pairs it is skipped, so that time stays linear on large inputs.</summary>
    public const int MaxFallbackLinkPairs = 10_000;
}
