namespace ReviewModel.Model;

/// <summary>
/// Who the material examines: a leadership team (e.g. "市委常委班子" of "xx市委") or an individual
/// (name and post).
/// </summary>
public sealed record ReviewSubject
{
    /// <summary>Creates a subject.</summary>
    /// <param name="kind">Leadership team or individual.</param>
    /// <param name="organisation">The organisation, e.g. "市委". May be empty when unknown.</param>
    /// <param name="name">The team's name (e.g. "市委常委班子") or the person's name.</param>
    /// <param name="post">The individual's post (职务), or null.</param>
    public ReviewSubject(SubjectKind kind, string organisation, string name, string? post = null)
    {
        Kind = kind;
        Organisation = Guard.NotNull(organisation, nameof(organisation));
        Name = Guard.NotNull(name, nameof(name));
        Post = post;
    }

    /// <summary>Leadership team or individual.</summary>
    public SubjectKind Kind { get; }

    /// <summary>The organisation.</summary>
    public string Organisation { get; }

    /// <summary>The team's or the person's name.</summary>
    public string Name { get; }

    /// <summary>The individual's post, or null.</summary>
    public string? Post { get; }

    /// <summary>A leadership team.</summary>
    /// <param name="organisation">The organisation, e.g. "xx市委".</param>
    /// <param name="teamName">The team, e.g. "市委常委班子".</param>
    public static ReviewSubject Team(string organisation, string teamName) =>
        new(SubjectKind.LeadershipTeam, organisation, teamName);

    /// <summary>An individual.</summary>
    /// <param name="organisation">The organisation.</param>
    /// <param name="name">The person's name.</param>
    /// <param name="post">The person's post.</param>
    public static ReviewSubject Person(string organisation, string name, string? post) =>
        new(SubjectKind.Individual, organisation, name, post);
}
