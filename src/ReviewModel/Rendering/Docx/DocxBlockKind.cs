namespace ReviewModel.Rendering.Docx;

/// <summary>The kinds of paragraph the DOCX layout produces, one style each.</summary>
internal enum DocxBlockKind
{
    /// <summary>The title; its lines are separated by line breaks.</summary>
    Title,

    /// <summary>The name/post or date line under the title.</summary>
    Byline,

    /// <summary>A section heading <c>一、…</c>.</summary>
    Heading1,

    /// <summary>A heading <c>（一）…</c> on its own line (aspects).</summary>
    Heading2,

    /// <summary>A body paragraph.</summary>
    Body,

    /// <summary>A body paragraph starting with a <c>（一）title</c> (causes, measures).</summary>
    RunIn,
}
