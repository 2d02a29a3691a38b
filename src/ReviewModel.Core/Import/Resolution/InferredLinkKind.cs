namespace ReviewModel.Import;

/// <summary>What an inferred link says.</summary>
public enum InferredLinkKind
{
    /// <summary>A measure addresses a problem.</summary>
    Addresses = 0,

    /// <summary>A measure remedies a cause.</summary>
    Remedies = 1,

    /// <summary>A cause explains a problem.</summary>
    Explains = 2,
}
