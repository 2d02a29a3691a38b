namespace ReviewModel.Rendering.Lists;

/// <summary>The views of a document's rectification lists (整改清单 and the 问题/任务/责任 views).</summary>
public enum ListView
{
    /// <summary>整改清单: one row per problem–measure link (problems without a measure get a row too).</summary>
    Rectification = 0,

    /// <summary>问题清单: one row per problem, with its aspect, causes and measures.</summary>
    Problems = 1,

    /// <summary>任务清单: one row per measure, with the problems it addresses, deadline and standard.</summary>
    Tasks = 2,

    /// <summary>责任清单: one row per owner and measure, so each person sees what they answer for.</summary>
    Responsibilities = 3,
}
