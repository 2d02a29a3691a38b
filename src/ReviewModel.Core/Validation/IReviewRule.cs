namespace ReviewModel.Validation;

/// <summary>The logic of one rule of the catalogue.</summary>
internal interface IReviewRule
{
    /// <summary>The rule this logic implements.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Checks the document and reports through the context.</summary>
    void Check(ValidationContext context);
}
