namespace ReviewModel.Model;

/// <summary>The kind of meeting the material is written for.</summary>
public enum MeetingKind
{
    /// <summary>民主生活会: the democratic life meeting of a leadership team.</summary>
    DemocraticLife = 0,

    /// <summary>组织生活会: the organisational life meeting of a Party branch.</summary>
    OrganisationalLife = 1,
}
