using System;

namespace ReviewModel.Import;

/// <summary>One named stage of the <see cref="ImportPipeline"/>: it reads what the stages before it left in the
/// <see cref="ImportState"/> and adds its own result. The name is the stage's folder under Import/.</summary>
internal sealed class ImportStage
{
    public ImportStage(string name, string produces, Action<ImportState> run)
    {
        Name = name;
        Produces = produces;
        Run = run;
    }

    /// <summary>The stage's name, which is also its folder (<c>reading</c> → <c>Reading/</c>).</summary>
    public string Name { get; }

    /// <summary>What the stage adds to the state, in a few words.</summary>
    public string Produces { get; }

    public Action<ImportState> Run { get; }

    public override string ToString() => Name;
}
