namespace ReviewModel.Validation;

/// <summary>How serious a finding is. The same levels as compiler diagnostics.</summary>
public enum RuleSeverity
{
    /// <summary>The rule is off: it reports nothing.</summary>
    None = 0,

    /// <summary>Worth knowing; never fails a check.</summary>
    Info = 1,

    /// <summary>A reviewer would likely send the material back.</summary>
    Warning = 2,

    /// <summary>The material is broken; a check fails.</summary>
    Error = 3,
}
