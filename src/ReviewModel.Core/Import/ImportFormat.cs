namespace ReviewModel.Import;

/// <summary>The kind of input an importer reads.</summary>
public enum ImportFormat
{
    /// <summary>Decide from the file name (or the content, for text).</summary>
    Auto = 0,

    /// <summary>Plain text, including text pasted from a PDF or a web page.</summary>
    PlainText = 1,

    /// <summary>Markdown: <c>#</c> headings, <c>**bold**</c> lead phrases, lists.</summary>
    Markdown = 2,

    /// <summary>A Word document (.docx, Office Open XML).</summary>
    Docx = 3,
}
