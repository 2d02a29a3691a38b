using System;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using NodaTime;

using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Rendering.Docx;
using ReviewModel.Tests.Import.Docx.Corpus;
using ReviewModel.Tests.Import;
using Xunit;

namespace ReviewModel.Tests.Rendering.Docx;

using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>
/// Comments (批注) written by the DOCX renderer as Word comments and read back by the DOCX importer: what we write we
/// read back — author, initials, date, text and the element each one is on.
/// </summary>
public class DocxCommentRenderingTests
{
    private static readonly DocxOptions Fixed = DocxOptions.Default with { Clock = new FixedClock(Instant.FromUtc(2022, 1, 6, 9, 30, 15)) };

    private static ReviewDocument ImportDocx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return ReviewImporter.ImportDocx(stream, ImportOptions.Default.WithFile("rendered.docx")).Document;
    }

    /// <summary>The team material as the importer reads it back from our own rendering (so its IDs and paths are the importer's).</summary>
    private static ReviewDocument Imported() => ImportDocx(DocxRenderer.RenderToBytes(DocxTestDocuments.Team(), Fixed));

    /// <summary>Comments on the title, a problem in a paragraph of its own, a problem run on after an intro, a cause, a
    /// measure (twice, one with two lines), a measure's item paragraph and the problems section's heading.</summary>
    private static ReviewDocument Commented()
    {
        var d = Imported();
        var problems = d.AllProblems.ToList();
        var inline = problems.Single(p => p.Lead.StartsWith("缺乏“一门心思", StringComparison.Ordinal));
        var cause = d.AllCauses.Last();
        var measure = d.AllMeasures.First();
        var last = d.AllMeasures.Last();
        var at = new LocalDateTime(2022, 1, 3, 14, 5, 0);
        return d.WithComments(ValueList.Of(
            new ReviewComment("王审阅", "标题请与通知一致", "header.title", at, "W"),
            new ReviewComment("王审阅", "问题要有具体事例", problems[1].Id, at.PlusMinutes(1), "W"),
            new ReviewComment("李审阅", "第二个问题请写实", inline.Id, at.PlusMinutes(2)),
            new ReviewComment("李审阅", "原因要深挖思想根源", cause.Id, at.PlusMinutes(3).PlusMilliseconds(250)),
            new ReviewComment("张办公室", "时限请写到月\n责任单位请写全称", measure.Id, at.PlusMinutes(4), "Z"),
            new ReviewComment("张办公室", "已修改", measure.Id),
            new ReviewComment("张办公室", "作风整改要具体", last.Id, at.PlusMinutes(5)),
            new ReviewComment("王审阅", "标题可更简洁", "problems.heading", at.PlusMinutes(6))));
    }

    private static object[] Shape(ReviewComment c) => new object[] { c.Author, c.Initials ?? "-", c.Date?.ToString("r", System.Globalization.CultureInfo.InvariantCulture) ?? "-", c.Text, c.Target };

    [Fact]
    public void Comments_on_title_problems_cause_and_measures_read_back_the_same()
    {
        var document = Commented();
        Assert.Equal("problems.heading", document.Comments.Last().Target);
        var back = ImportDocx(DocxRenderer.RenderToBytes(document, Fixed));

        // Comments come back in reading order; the ones above were given in reading order except the heading's, given last.
        var expected = document.Comments.OrderBy(c => Order(document, c.Target)).Select(Shape).ToList();
        Assert.Equal(expected, back.Comments.Select(Shape).ToList());
        // And the whole document (comments included) is the same, source positions aside.
        Assert.Equal(ModelJson.Of(document.WithComments(ValueList.Of(document.Comments.OrderBy(c => Order(document, c.Target)).ToArray()))), ModelJson.Of(back));
    }

    /// <summary>Where a target is in reading order: the title first, then the sections' headings and elements.</summary>
    private static int Order(ReviewDocument d, string target)
    {
        var ids = d.AllProblems.Select(p => p.Id).Concat(d.AllCauses.Select(c => c.Id)).Concat(d.AllMeasures.Select(m => m.Id)).ToList();
        return target switch
        {
            "header.title" => -2,
            "problems.heading" => ids.IndexOf(d.AllProblems.First().Id) - 1, // the problems section is the third
            _ => ids.IndexOf(target),
        };
    }

    [Fact]
    public void Written_comments_are_Word_comments_with_ranges_and_references_and_pass_the_validator()
    {
        var document = Commented();
        using var docx = new DocxReader(DocxRenderer.RenderToBytes(document, Fixed));
        Assert.Empty(docx.Validate().Select(e => $"{e.Path?.XPath}: {e.Description}"));

        var part = docx.Main.WordprocessingCommentsPart;
        Assert.NotNull(part);
        Assert.Equal("/word/comments.xml", part!.Uri.ToString());
        var comments = part.Comments.Elements<Comment>().ToList();
        Assert.Equal(Enumerable.Range(0, document.Comments.Count).Select(i => i.ToString()), comments.Select(c => c.Id!.Value));
        Assert.Equal(document.Comments.Select(c => c.Author), comments.Select(c => c.Author!.Value));
        Assert.Equal("2022-01-03T14:05:00", comments[0].GetAttributes().Single(a => a.LocalName == "date").Value);
        Assert.Equal("W", comments[0].Initials!.Value);
        Assert.Null(comments[2].Initials);
        Assert.DoesNotContain(comments[5].GetAttributes(), a => a.LocalName == "date");
        Assert.Equal(2, comments[4].Elements<Paragraph>().Count());
        Assert.Single(comments[0].Descendants<AnnotationReferenceMark>());

        // Each comment: one range start, one range end after it, one reference run after the end, in the body.
        var body = docx.Body.Descendants().ToList();
        foreach (var id in comments.Select(c => c.Id!.Value))
        {
            var start = body.FindIndex(e => e is CommentRangeStart s && s.Id == id);
            var end = body.FindIndex(e => e is CommentRangeEnd s && s.Id == id);
            var reference = body.FindIndex(e => e is CommentReference s && s.Id == id);
            Assert.True(start >= 0 && start < end && end < reference, $"comment {id}: start {start}, end {end}, reference {reference}");
        }

        // The title's comment encloses the title's run.
        var title = docx.Body.Elements<Paragraph>().First();
        Assert.IsType<CommentRangeStart>(title.ChildElements[1]);
        Assert.IsType<Run>(title.ChildElements[2]);
        Assert.IsType<CommentRangeEnd>(title.ChildElements[3]);
        Assert.Equal(DocxTestDocuments.Title, string.Concat(title.Descendants<Text>().Select(t => t.Text)));
    }

    [Fact]
    public void Rendering_with_comments_stays_byte_deterministic_and_without_comments_writes_no_comments_part()
    {
        var first = DocxRenderer.RenderToBytes(Commented(), Fixed);
        var second = DocxRenderer.RenderToBytes(Commented(), Fixed);
        Assert.Equal(first, second);

        using var docx = new DocxReader(first);
        Assert.Contains("rIdComments", docx.Main.Parts.Select(p => p.RelationshipId));
        using var plain = new DocxReader(DocxRenderer.RenderToBytes(Imported(), Fixed));
        Assert.Null(plain.Main.WordprocessingCommentsPart);
    }

    [Fact]
    public void The_text_is_the_same_with_and_without_comments()
    {
        using var with = new DocxReader(DocxRenderer.RenderToBytes(Commented(), Fixed));
        using var without = new DocxReader(DocxRenderer.RenderToBytes(Imported(), Fixed));
        Assert.Equal(without.Paragraphs(), with.Paragraphs());
    }

    [Fact]
    public void A_comment_on_a_missing_element_is_kept_on_the_title()
    {
        var document = Imported().WithComments(ValueList.Of(new ReviewComment("王审阅", "这条措施已删除？", "M99")));
        var back = ImportDocx(DocxRenderer.RenderToBytes(document, Fixed));
        var comment = Assert.Single(back.Comments);
        Assert.Equal(("王审阅", "这条措施已删除？", "header.title"), (comment.Author, comment.Text, comment.Target));
    }

    [Fact]
    public void The_corpus_file_with_comments_reads_back_the_same_after_rendering()
    {
        var original = DocxCorpus.All.Single(c => c.Name == "12-comments").Build().Import().Document;
        Assert.Equal(3, original.Comments.Count);
        var bytes = DocxRenderer.RenderToBytes(original, Fixed);
        var back = ImportDocx(bytes);
        Assert.Equal(original.Comments.Select(Shape), back.Comments.Select(Shape));
        Assert.Equal(ModelJson.Of(original), ModelJson.Of(back));
        Assert.Equal(bytes, DocxRenderer.RenderToBytes(back, Fixed));
    }

    public static TheoryData<string> CorpusCases()
    {
        var data = new TheoryData<string>();
        foreach (var c in DocxCorpus.All)
        {
            data.Add(c.Name);
        }

        return data;
    }

    /// <summary>Every Word file of the DOCX import corpus: import → render DOCX → import gives the same document, comments included.</summary>
    [Theory]
    [MemberData(nameof(CorpusCases))]
    public void Every_corpus_file_reads_back_the_same_after_rendering(string name)
    {
        var original = DocxCorpus.All.Single(c => c.Name == name).Build().Import().Document;
        Assert.Equal(ModelJson.Of(original), ModelJson.Of(ImportDocx(DocxRenderer.RenderToBytes(original, Fixed))));
    }

    /// <summary>The comments corpus file as LibreOffice saved it (its own comment IDs and order): rendered and imported again, the same.</summary>
    [Fact]
    public void The_LibreOffice_saved_comments_file_reads_back_the_same_after_rendering()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Import", "Docx", "Corpus", "LibreOffice", "12-comments.docx");
        var original = ReviewImporter.ImportFile(path, ImportOptions.Default.WithFile("material.docx")).Document;
        Assert.Equal(3, original.Comments.Count);
        Assert.Equal(ModelJson.Of(original), ModelJson.Of(ImportDocx(DocxRenderer.RenderToBytes(original, Fixed))));
    }

    [Fact]
    public void Comment_lines_tabs_and_characters_XML_cannot_carry_are_written_not_dropped()
    {
        var document = Imported().WithComments(ValueList.Of(new ReviewComment("王\u0001审阅", "第一行\n\n第三行\t制表\u0002", "M1", initials: "W\u0003")));
        using (var docx = new DocxReader(DocxRenderer.RenderToBytes(document, Fixed)))
        {
            Assert.Empty(docx.Validate().Select(e => $"{e.Path?.XPath}: {e.Description}"));
        }

        var comment = Assert.Single(ImportDocx(DocxRenderer.RenderToBytes(document, Fixed)).Comments);
        Assert.Equal(("王\uFFFD审阅", "W\uFFFD", "第一行\n\n第三行\t制表\uFFFD", "M1"), (comment.Author, comment.Initials, comment.Text, comment.Target));
    }

    private sealed class FixedClock : IClock
    {
        private readonly Instant _now;

        public FixedClock(Instant now) => _now = now;

        public Instant GetCurrentInstant() => _now;
    }
}
