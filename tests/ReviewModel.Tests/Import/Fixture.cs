using System;
using System.IO;
using ReviewModel.Import;

namespace ReviewModel.Tests.Import;

/// <summary>Reads the test documents under Fixtures/.</summary>
internal static class Fixture
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static ImportResult Import(string name) => ReviewImporter.ImportFile(PathOf(name), ImportOptions.Default.WithFile(name));
}
