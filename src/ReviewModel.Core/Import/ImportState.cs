using System;
using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>What the <see cref="ImportPipeline"/>'s stages hand on to each other. Each stage fills its own part
/// (in stage order); a later stage only reads what an earlier one filled.</summary>
internal sealed class ImportState
{
    public ImportState(Func<ImportState, List<TextLine>> read, ImportContext context, bool markdown, bool pageNumbers)
    {
        Read = read;
        Context = context;
        Markdown = markdown;
        PageNumbers = pageNumbers;
    }

    /// <summary>The reader of this input (plain text, Markdown through Markdig, or a word processor's paragraphs).</summary>
    public Func<ImportState, List<TextLine>> Read { get; }

    public ImportContext Context { get; }

    /// <summary>Whether Markdown rules apply (a soft line break inside a Markdown paragraph joins).</summary>
    public bool Markdown { get; }

    /// <summary>Whether lines that are only a page number are left out (text pasted from PDFs; not DOCX, where
    /// such a paragraph is a table cell).</summary>
    public bool PageNumbers { get; }

    // reading
    public List<TextLine> Lines { get; set; } = new();

    // lines
    public List<Paragraph> Skipped { get; } = new();

    public SourceSpan Title { get; set; } = SourceSpan.Empty;

    public List<TextLine> Paragraphs { get; set; } = new();

    // blocks
    public List<Block> Blocks { get; set; } = new();

    // sections
    public List<SourceSpan> Preamble { get; } = new();

    public List<SectionDraft> Drafts { get; } = new();

    // items
    public List<Section> Sections { get; set; } = new();

    // resolution
    public ReviewDocument? Document { get; set; }

    public List<InferredLink> Links { get; } = new();

    public ImportResult Result() =>
        new(Document ?? throw new InvalidOperationException("the resolution stage did not run"), Links, Context.Diagnostics, Skipped);
}
