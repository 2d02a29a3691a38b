using System.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewModel.Import;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Import.Docx;

/// <summary>Tracked changes (修订): the text reads with them accepted, and one RMI010 note names the reviewers.</summary>
public class DocxRevisionTests
{
    private static DocxFile Revised() => new DocxFile()
        .P("某局领导班子2025年度民主生活会对照检查材料")
        .P("一、存在的问题")
        .Add(new Paragraph(
            new Run(DocxFile.Text("一是学习")),
            new InsertedRun(new Run(DocxFile.Text("不够深入。"))) { Id = "1", Author = "张审阅" },
            new DeletedRun(new Run(new DeletedText("很好。"))) { Id = "2", Author = "李审阅" },
            new MoveFromRun(new Run(DocxFile.Text("比如，旧位置。"))) { Id = "3", Author = "张审阅" },
            new Run(DocxFile.Text("满足于一般性学习。")),
            new MoveToRun(new Run(DocxFile.Text("比如，研讨交流不够。"))) { Id = "4", Author = "张审阅" }));

    [Fact]
    public void The_text_reads_with_every_revision_accepted()
    {
        Assert.Equal("一是学习不够深入。满足于一般性学习。比如，研讨交流不够。", Revised().ReadText().Split('\n')[2]);
        var problem = Revised().Import().Document.AllProblems.Single();
        Assert.Equal("学习不够深入。", problem.Lead);
        Assert.DoesNotContain("很好", problem.Body);
        Assert.DoesNotContain("旧位置", problem.Body);
    }

    [Fact]
    public void One_info_note_names_the_reviewers_and_counts()
    {
        var note = Revised().Import().Diagnostics.Single(d => d.Code == "RMI010");
        Assert.Equal(RuleSeverity.Info, note.Severity);
        Assert.Equal(4, note.Arguments[0]);
        Assert.Equal("张审阅（3）、李审阅（1）", note.Arguments[1]);
        Assert.Contains("4 处未处理的修订", note.Message);
        Assert.Same(RuleCatalogue.PendingRevisions, note.Rule);
    }

    [Fact]
    public void A_document_without_revisions_has_no_note()
    {
        Assert.DoesNotContain(new DocxFile().P("标题").P("一、存在的问题").P("一是学习不够。").Import().Diagnostics, d => d.Code == "RMI010");
    }
}
