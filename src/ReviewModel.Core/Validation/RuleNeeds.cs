namespace ReviewModel.Validation;

/// <summary>
/// What a rule must know of a document to decide a finding. A front end that knows only part of a
/// document (the C# analyzer, when some code is not constant) runs a rule only where its needs are met.
/// </summary>
public enum RuleNeeds
{
    /// <summary>The element the finding is about, alone: its texts, owner, deadline…, and for a problem the
    /// aspect group it sits in.</summary>
    Element,

    /// <summary>The element and the document's header (the subject's kind, the meeting date).</summary>
    Header,

    /// <summary>The whole document (every section, every ID and link).</summary>
    Document,
}
