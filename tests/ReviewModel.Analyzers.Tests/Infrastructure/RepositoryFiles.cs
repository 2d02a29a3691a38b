using System;
using System.IO;

namespace ReviewModel.Analyzers.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepositoryFiles
{
    /// <summary>The repository root (the folder with ReviewModel.sln).</summary>
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReviewModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"ReviewModel.sln not found above {AppContext.BaseDirectory}.");
    }
}
