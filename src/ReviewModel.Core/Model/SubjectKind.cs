namespace ReviewModel.Model;

/// <summary>Whose review material this is.</summary>
public enum SubjectKind
{
    /// <summary>A leadership team (领导班子), e.g. 市委常委班子.</summary>
    LeadershipTeam = 0,

    /// <summary>An individual (个人): a team member or a Party member.</summary>
    Individual = 1,
}
