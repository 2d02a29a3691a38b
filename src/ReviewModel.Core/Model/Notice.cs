namespace ReviewModel.Model;

/// <summary>The notice (通知) a meeting answers, e.g. 省委《关于开好党史学习教育专题民主生活会的通知》.</summary>
public sealed record Notice
{
    /// <summary>Creates a notice reference.</summary>
    /// <param name="issuer">Who issued it, e.g. "省委".</param>
    /// <param name="title">Its title without book-title marks, e.g. "关于开好……的通知".</param>
    public Notice(string issuer, string title)
    {
        Issuer = Guard.NotNull(issuer, nameof(issuer));
        Title = Guard.NotNull(title, nameof(title));
    }

    /// <summary>Who issued the notice.</summary>
    public string Issuer { get; }

    /// <summary>The notice's title, without 《》.</summary>
    public string Title { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Issuer}《{Title}》";
}
