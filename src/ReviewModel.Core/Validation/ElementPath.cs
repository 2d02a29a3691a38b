namespace ReviewModel.Validation;

/// <summary>
/// A document path kept in parts — a prefix such as <c>problems.aspects[2].problems</c> and an index —
/// and spelled out only when a finding needs it, so that indexing a large document allocates no
/// string per element.
/// </summary>
internal readonly struct ElementPath
{
    public ElementPath(string prefix, int index = -1)
    {
        Prefix = prefix;
        Index = index;
    }

    /// <summary>The path up to the index, e.g. <c>causes</c>, or the whole path when <see cref="Index"/> is -1.</summary>
    public string Prefix { get; }

    /// <summary>The 0-based index, or -1 for none.</summary>
    public int Index { get; }

    public static implicit operator string(ElementPath path) => path.ToString();

    public override string ToString() => Index < 0 ? Prefix : $"{Prefix}[{Index}]";
}
