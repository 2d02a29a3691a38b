namespace ReviewModel.Import;

/// <summary>What a column of a genre table holds (see <see cref="GenreTableLayout"/>).</summary>
internal enum GenreColumn
{
    /// <summary>A column the genre does not name (备注, 整改进度): kept as labelled text.</summary>
    Other,

    /// <summary>序号.</summary>
    Number,

    /// <summary>问题, 存在问题.</summary>
    Problem,

    /// <summary>问题表现, 具体表现.</summary>
    Detail,

    /// <summary>整改措施.</summary>
    Measure,

    /// <summary>责任人, 责任领导.</summary>
    Owner,

    /// <summary>责任单位, 责任部门.</summary>
    Unit,

    /// <summary>完成时限, 整改时限.</summary>
    Deadline,

    /// <summary>整改标准, 整改目标.</summary>
    Standard,
}
