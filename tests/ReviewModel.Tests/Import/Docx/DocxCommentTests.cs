using System.IO;
using System.Linq;
using NodaTime;
using ReviewModel.Cli.Checking;
using ReviewModel.Cli.Commands;
using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Serialization;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Import.Docx;

/// <summary>Comments (批注): read with author, initials, date and text, attached to the element their anchor falls in, kept by JSON, listed by check (RM0040).</summary>
public class DocxCommentTests
{
    private const string Title = "某局领导班子2024年度民主生活会对照检查材料";

    /// <summary>Comments on the title, a problem (two overlapping ranges), a measure, one with no range (only its reference), one reply, one never anchored.</summary>
    private static DocxFile Commented() => new DocxFile()
        .Add(DocxFile.Commented(string.Empty, Title, string.Empty, "1"))
        .P("一、存在的问题")
        .P("一是学习不够深入。满足于一般性学习。")
        .Add(DocxFile.Commented("二是", "调研不够扎实。", "习惯于听汇报。", "2", "3"))
        .P("二、原因剖析")
        .P("一是理论武装不够。学用脱节。")
        .P("三、整改措施")
        .P("1.深化理论学习。每月开展一次专题研讨。")
        .Add(DocxFile.Commented("2.", "压实工作责任。", "每季度督查1次。", "4", "5"))
        .Add(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
            new DocumentFormat.OpenXml.Wordprocessing.Run(DocxFile.Text("3.加强作风建设。每月下基层2次。")),
            new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.CommentReference { Id = "6" })))
        .Comment("1", "王审阅", "标题中的年度请核实", initials: "WSY")
        .Comment("2", "李审阅", "问题要写具体事例", date: "2025-01-11T14:05:00Z")
        .Comment("3", "王审阅", "与上年问题重复？", date: null)
        .Comment("4", "李审阅", "完成时限太笼统，请写到月")
        .Comment("5", "张办公室", "同意，已补充", replyTo: "4")
        .Comment("6", "李审阅", "缺少责任单位")
        .Comment("7", string.Empty, "全文再压缩500字");

    [Fact]
    public void Each_comment_is_kept_with_author_date_text_and_the_element_it_is_anchored_to()
    {
        var document = Commented().Import().Document;
        var comments = document.Comments;
        Assert.Equal(7, comments.Count);

        Assert.Equal(("王审阅", "header.title"), (comments[0].Author, comments[0].Target));
        Assert.Equal("WSY", comments[0].Initials);
        Assert.Equal(new LocalDateTime(2025, 1, 10, 9, 30), comments[0].Date);
        Assert.Equal(1, comments[0].Source!.Line);

        var problem = document.AllProblems.ElementAt(1);
        Assert.Equal("问题要写具体事例", comments[1].Text);
        Assert.Equal(problem.Id, comments[1].Target);
        Assert.Equal(new LocalDateTime(2025, 1, 11, 14, 5), comments[1].Date);
        Assert.Equal(new SourceLocation("material.docx", 4, 3), comments[1].Source);

        // Overlapping ranges on the same words: both on the problem, in Word's order.
        Assert.Equal(("王审阅", problem.Id), (comments[2].Author, comments[2].Target));
        Assert.Null(comments[2].Date);

        var measures = document.AllMeasures.ToList();
        Assert.Equal(("完成时限太笼统，请写到月", measures[1].Id), (comments[3].Text, comments[3].Target));

        // The reply has its own range here, on the same measure; its text and author are its own.
        Assert.Equal(("张办公室", "同意，已补充", measures[1].Id), (comments[4].Author, comments[4].Text, comments[4].Target));

        // No range, only the reference mark at the end of the paragraph: the measure it ends.
        Assert.Equal(("缺少责任单位", measures[2].Id), (comments[5].Text, comments[5].Target));

        // Never anchored in the body, with no author: kept, on the title, with no position.
        Assert.Equal(("（未署名）", "全文再压缩500字", "header.title"), (comments[6].Author, comments[6].Text, comments[6].Target));
        Assert.Null(comments[6].Source);
    }

    [Fact]
    public void A_reply_without_a_range_takes_the_anchor_of_the_comment_it_answers()
    {
        var document = new DocxFile()
            .P(Title)
            .P("一、存在的问题")
            .P("一是学习不够深入。满足于一般性学习。")
            .P("二、整改措施")
            .Add(DocxFile.Commented("1.", "深化理论学习。", "每月研讨1次。", "1"))
            .Comment("1", "李审阅", "写明责任人")
            .Comment("2", "张办公室", "已补充", replyTo: "1")
            .Import().Document;
        var measure = document.AllMeasures.Single();
        Assert.Equal(new[] { measure.Id, measure.Id }, document.Comments.Select(c => c.Target));
        Assert.Equal(document.Comments[0].Source, document.Comments[1].Source);
        Assert.Equal("已补充", document.Comments[1].Text);
    }

    [Fact]
    public void A_comment_on_a_section_heading_or_on_a_cause_is_attached_there()
    {
        var document = new DocxFile()
            .P(Title)
            .Add(DocxFile.Commented(string.Empty, "一、存在的问题", string.Empty, "1"))
            .P("一是学习不够深入。满足于一般性学习。")
            .P("二、原因剖析")
            .Add(DocxFile.Commented("一是理论武装不够。", "学用脱节。", string.Empty, "2"))
            .Comment("1", "李审阅", "标题用“查摆的问题”")
            .Comment("2", "李审阅", "原因要深挖")
            .Import().Document;
        Assert.Equal("problems.heading", document.Comments[0].Target);
        Assert.Equal(document.AllCauses.Single().Id, document.Comments[1].Target);
    }

    [Fact]
    public void A_document_keeps_its_comments_through_JSON()
    {
        var document = Commented().Import().Document;
        var json = ReviewJson.Serialize(document);
        Assert.Contains("\"comments\"", json);
        Assert.Contains("完成时限太笼统", json);
        var back = ReviewJson.Deserialize(json);
        Assert.Equal(document.Comments, back.Comments);
        Assert.Equal(document, back);
    }

    [Fact]
    public void A_comment_in_JSON_without_an_author_is_refused_with_its_path()
    {
        var json = ReviewJson.Serialize(Commented().Import().Document).Replace("\"author\": \"王审阅\"", "\"author\": \" \"");
        var e = Assert.Throws<ReviewJsonException>(() => ReviewJson.Deserialize(json));
        Assert.True(e.Message.Contains("comments[0]"), e.Message + json);
    }

    [Fact]
    public void Check_lists_each_comment_as_info_at_its_element()
    {
        var document = Commented().Import().Document;
        var findings = ReviewValidator.ValidateDocument(document).Findings.Where(f => f.RuleId == "RM0040").ToList();
        Assert.Equal(7, findings.Count);
        Assert.All(findings, f => Assert.Equal(RuleSeverity.Info, f.Severity));
        var onMeasure = findings[3];
        var measure = document.AllMeasures.ElementAt(1);
        Assert.Equal(measure.Id, onMeasure.Location.ElementId);
        Assert.Equal("measures[1]", onMeasure.Location.Path);
        Assert.Equal(9, onMeasure.Location.Source!.Line);
        Assert.Equal("李审阅 的批注：完成时限太笼统，请写到月", onMeasure.Message);
        var english = new ReviewValidator(ValidationOptions.Default.WithCulture(new System.Globalization.CultureInfo("en"))).Validate(document);
        Assert.Contains(english.Findings, f => f.RuleId == "RM0040" && f.Message == "Comment by 李审阅: 完成时限太笼统，请写到月");
        Assert.Equal("header.title", findings[0].Location.Path);
    }

    [Fact]
    public void The_command_line_check_shows_the_comments()
    {
        var directory = Directory.CreateTempSubdirectory("rm-comments-").FullName;
        try
        {
            var path = Path.Combine(directory, "材料.docx");
            using (var stream = Commented().Save())
            {
                File.WriteAllBytes(path, stream.ToArray());
            }

            var output = new StringWriter();
            var error = new StringWriter();
            CheckCommand.Execute(new CheckRequest(new[] { path }), output, error, false);
            var text = output.ToString();
            Assert.True(text.Contains($"{path}(9,3): info RM0040: 李审阅 的批注：完成时限太笼统，请写到月"), text);
            Assert.Contains($"{path}(10,18): info RM0040: 李审阅 的批注：缺少责任单位", text);
            Assert.Contains("info RM0040: 王审阅 的批注：标题中的年度请核实", text);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Hostile_comments_are_kept_without_looping_a_bad_date_is_no_date()
    {
        var document = new DocxFile()
            .P(Title)
            .P("一、存在的问题")
            .P("一是学习不够深入。满足于一般性学习。")
            .Comment("1", "甲", "回复乙", date: "not-a-date", replyTo: "2")
            .Comment("2", "乙", "回复甲", date: "2025-13-45T99:00:00Z", replyTo: "1")
            .Comment("3", "丙", "只有日期", date: "2025-01-12")
            .Import().Document;
        Assert.Equal(new[] { "甲", "乙", "丙" }, document.Comments.Select(c => c.Author));
        Assert.All(document.Comments, c => Assert.Equal("header.title", c.Target));
        Assert.Null(document.Comments[0].Date);
        Assert.Null(document.Comments[1].Date);
        Assert.Equal(new LocalDateTime(2025, 1, 12, 0, 0), document.Comments[2].Date);
    }

    [Fact]
    public void A_document_without_comments_has_none()
    {
        var document = new DocxFile().P(Title).P("一、存在的问题").P("一是学习不够。").Import().Document;
        Assert.True(document.Comments.IsEmpty);
        Assert.DoesNotContain(ReviewValidator.ValidateDocument(document).Findings, f => f.RuleId == "RM0040");
    }
}
