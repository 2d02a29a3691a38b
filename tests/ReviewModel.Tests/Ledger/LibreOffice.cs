using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace ReviewModel.Tests.Ledger;

/// <summary>LibreOffice headless (<c>soffice</c>), when installed: converts files the way a person's office suite reads them.</summary>
internal static class LibreOffice
{
    public static string? Path { get; } = Find();

    /// <summary>Runs <c>soffice --headless --convert-to FILTER --outdir DIR FILE</c> and returns the output directory.</summary>
    public static string Convert(string file, string filter)
    {
        var outDir = Directory.CreateTempSubdirectory("lo-out-").FullName;
        var profile = Directory.CreateTempSubdirectory("lo-profile-").FullName;
        var start = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, file })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("soffice did not finish in 180 s");
        }

        Assert.True(process.ExitCode == 0, $"soffice exit {process.ExitCode}: {output.Result} {error.Result}");
        return outDir;
    }

    private static string? Find()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator))
        {
            var candidate = System.IO.Path.Combine(directory, "soffice");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that is skipped, saying why, when LibreOffice is not installed (<c>apt-get install -y libreoffice-calc-nogui</c>).</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Path is null)
        {
            Skip = "soffice (LibreOffice) is not installed: apt-get install -y libreoffice-calc-nogui";
        }
    }
}
