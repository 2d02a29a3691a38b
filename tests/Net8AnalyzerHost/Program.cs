using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Net8AnalyzerHost;

/// <summary>
/// Loads every assembly of an analyzer folder with Roslyn's own loader (as the compiler does), runs the
/// analyzers on a compilation of the given sources and additional files, and prints one tab-separated
/// line per event:
/// <c>RUNTIME</c>, <c>ASSEMBLY</c> (loaded), <c>LOADFAILED</c> (AnalyzerLoadFailed), <c>TYPELOADFAILED</c>,
/// <c>ANALYZER</c> (an analyzer instance created), <c>DIAGNOSTIC id severity path line column message</c>.
/// With <c>--measure N</c> it times compiling with and without the analyzers instead (<c>MEASURE</c> lines).
/// Exit code 0 when it ran (whatever it found), 2 on bad arguments, 3 on an unexpected exception.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        try
        {
            return Run(Arguments.Parse(args));
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("Net8AnalyzerHost: " + e.Message);
            return 2;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine("Net8AnalyzerHost: unexpected " + e);
            return 3;
        }
    }

    private static int Run(Arguments arguments)
    {
        var compilerAssembly = typeof(Compilation).Assembly;
        Emit("RUNTIME", RuntimeInformation.FrameworkDescription, Environment.Version.ToString(),
            "Microsoft.CodeAnalysis " + compilerAssembly.GetName().Version,
            "System.Collections.Immutable " + typeof(ImmutableArray).Assembly.GetName().Version,
            "System.Reflection.Metadata " + typeof(System.Reflection.Metadata.MetadataReader).Assembly.GetName().Version);

        var loader = CreateRoslynLoader();
        var dlls = Directory.GetFiles(arguments.AnalyzerFolder, "*.dll", SearchOption.TopDirectoryOnly).OrderBy(p => p, StringComparer.Ordinal).ToList();
        foreach (var dll in dlls)
        {
            loader.AddDependencyLocation(dll);
        }

        // Every assembly of the folder, through the loader, and every type in it resolved.
        foreach (var dll in dlls)
        {
            try
            {
                var assembly = loader.LoadFromPath(dll);
                Emit("ASSEMBLY", Path.GetFileName(dll), assembly.FullName ?? string.Empty);
                try
                {
                    _ = assembly.GetTypes();
                }
                catch (ReflectionTypeLoadException e)
                {
                    foreach (var missing in e.LoaderExceptions.Where(x => x is not null).Select(x => x!.Message).Distinct())
                    {
                        Emit("TYPELOADFAILED", Path.GetFileName(dll), missing);
                    }
                }
            }
            catch (Exception e)
            {
                Emit("TYPELOADFAILED", Path.GetFileName(dll), e.GetType().Name + ": " + e.Message);
            }
        }

        // What the compiler does with /analyzer: an AnalyzerFileReference per file, load failures as events.
        var analyzers = new List<DiagnosticAnalyzer>();
        foreach (var dll in dlls)
        {
            var reference = new AnalyzerFileReference(dll, loader);
            reference.AnalyzerLoadFailed += (_, e) =>
                Emit("LOADFAILED", Path.GetFileName(dll), e.ErrorCode.ToString(), e.TypeName ?? string.Empty, e.Message + (e.Exception is null ? string.Empty : " | " + e.Exception.Message));
            foreach (var analyzer in reference.GetAnalyzers(LanguageNames.CSharp))
            {
                Emit("ANALYZER", Path.GetFileName(dll), analyzer.GetType().FullName ?? string.Empty);
                analyzers.Add(analyzer);
            }

            _ = reference.GetGenerators(LanguageNames.CSharp);
        }

        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var trees = arguments.Sources.Select(path => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(path), Encoding.UTF8), parseOptions, path)).ToList();
        var references = new List<MetadataReference>();
        foreach (var file in Directory.GetFiles(arguments.ReferencePack, "*.dll"))
        {
            references.Add(MetadataReference.CreateFromFile(file));
        }

        references.AddRange(arguments.References.Select(r => MetadataReference.CreateFromFile(r)));
        var compilation = CSharpCompilation.Create(
            "Consumer",
            trees,
            references,
            new CSharpCompilationOptions(arguments.Library ? OutputKind.DynamicallyLinkedLibrary : OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var additional = arguments.Documents.Select(p => (AdditionalText)new FileText(p))
            .Concat(arguments.AdditionalFiles.Select(p => new FileText(p)))
            .ToImmutableArray();
        var marked = new HashSet<string>(arguments.Documents, StringComparer.Ordinal);
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additional, new Options(marked)),
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = analyzers.Count == 0
            ? compilation.GetDiagnostics()
            : compilation.WithAnalyzers(analyzers.ToImmutableArray(), options).GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (arguments.MeasureRuns > 0)
        {
            Measure(trees, references, arguments, analyzers.ToImmutableArray(), options);
            return 0;
        }

        var culture = arguments.Culture;
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath ?? d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
        {
            var span = diagnostic.Location.GetLineSpan();
            Emit("DIAGNOSTIC", diagnostic.Id, diagnostic.Severity.ToString(), span.Path ?? string.Empty,
                (span.StartLinePosition.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                (span.StartLinePosition.Character + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                diagnostic.GetMessage(culture));
        }

        return 0;
    }

    /// <summary>
    /// What the analyzers add to compiling: the compilation (declaration and method-body diagnostics, then emit to
    /// memory — what csc does) without analyzers and with them, interleaved, each on a fresh compilation of the same
    /// syntax trees; wall time and this process's CPU time per run.
    /// </summary>
    private static void Measure(List<SyntaxTree> trees, List<MetadataReference> references, Arguments arguments, ImmutableArray<DiagnosticAnalyzer> analyzers, CompilationWithAnalyzersOptions options)
    {
        var compilationOptions = new CSharpCompilationOptions(arguments.Library ? OutputKind.DynamicallyLinkedLibrary : OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable);
        var measured = new CompilationWithAnalyzersOptions(options.Options!, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
        var process = System.Diagnostics.Process.GetCurrentProcess();
        for (var run = 0; run <= arguments.MeasureRuns; run++)
        {
            foreach (var withAnalyzers in new[] { false, true })
            {
                var compilation = CSharpCompilation.Create("Consumer", trees, references, compilationOptions);
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var errors = 0;
                if (withAnalyzers)
                {
                    errors = compilation.WithAnalyzers(analyzers, measured).GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult().Count(d => d.Severity == DiagnosticSeverity.Error);
                }
                else
                {
                    errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
                }

                using (var stream = new MemoryStream())
                {
                    _ = compilation.Emit(stream);
                }

                clock.Stop();
                process.Refresh();
                var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
                // Run 0 warms up (JIT); it is printed but marked.
                Emit("MEASURE", run == 0 ? "warmup" : run.ToString(System.Globalization.CultureInfo.InvariantCulture), withAnalyzers ? "analyzers" : "none",
                    clock.Elapsed.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture),
                    cpuMs.ToString("F0", System.Globalization.CultureInfo.InvariantCulture),
                    errors.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>Roslyn 4.8's own loader, <c>Microsoft.CodeAnalysis.DefaultAnalyzerAssemblyLoader</c> (internal there).</summary>
    private static IAnalyzerAssemblyLoader CreateRoslynLoader()
    {
        var type = typeof(Compilation).Assembly.GetType("Microsoft.CodeAnalysis.DefaultAnalyzerAssemblyLoader", throwOnError: true)!;
        var constructor = type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(c => c.GetParameters().All(p => p.IsOptional))
            .OrderBy(c => c.GetParameters().Length)
            .First();
        var loader = (IAnalyzerAssemblyLoader)constructor.Invoke(constructor.GetParameters().Select(p => p.DefaultValue is DBNull ? null : p.DefaultValue).ToArray());
        Emit("LOADER", type.FullName!, constructor.ToString() ?? string.Empty);
        return loader;
    }

    private static void Emit(string kind, params string[] fields) =>
        Console.WriteLine(kind + "\t" + string.Join("\t", fields.Select(f => f.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' '))));

    private sealed class FileText : AdditionalText
    {
        public FileText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            SourceText.From(File.ReadAllText(Path), Encoding.UTF8);
    }

    /// <summary>Marks the <c>--document</c> files <c>ReviewModelDocument="true"</c>, as the item metadata does in a build.</summary>
    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Values(ImmutableDictionary<string, string>.Empty);
        private static readonly AnalyzerConfigOptions Document = new Values(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.ReviewModelDocument", "true"));
        private readonly HashSet<string> _documents;

        public Options(HashSet<string> documents) => _documents = documents;

        public override AnalyzerConfigOptions GlobalOptions => Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _documents.Contains(textFile.Path) ? Document : Empty;

        private sealed class Values : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> _values;

            public Values(ImmutableDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }

    private sealed record Arguments(
        string AnalyzerFolder,
        string ReferencePack,
        IReadOnlyList<string> References,
        IReadOnlyList<string> Sources,
        IReadOnlyList<string> Documents,
        IReadOnlyList<string> AdditionalFiles,
        bool Library,
        System.Globalization.CultureInfo Culture,
        int MeasureRuns)
    {
        public static Arguments Parse(string[] args)
        {
            string? folder = null;
            var pack = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "Net8ReferencePack")?.Value;
            var references = new List<string>();
            var sources = new List<string>();
            var documents = new List<string>();
            var additional = new List<string>();
            var library = false;
            var culture = System.Globalization.CultureInfo.InvariantCulture;
            var measure = 0;
            for (var i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                switch (args[i])
                {
                    case "--analyzers": folder = Value(); break;
                    case "--reference-pack": pack = Value(); break;
                    case "--reference": references.Add(Value()); break;
                    case "--source": sources.Add(Value()); break;
                    case "--document": documents.Add(Value()); break;
                    case "--additional": additional.Add(Value()); break;
                    case "--library": library = true; break;
                    case "--culture": culture = new System.Globalization.CultureInfo(Value()); break;
                    case "--measure": measure = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture); break;
                    default: throw new ArgumentException($"unknown argument {args[i]}");
                }
            }

            if (folder is null || !Directory.Exists(folder))
            {
                throw new ArgumentException($"--analyzers: folder '{folder}' not found");
            }

            var refDir = pack is null ? null : Path.Combine(pack, "ref", "net8.0");
            if (refDir is null || !Directory.Exists(refDir))
            {
                throw new ArgumentException($"the net8.0 reference assemblies '{refDir}' were not found");
            }

            return new Arguments(folder, refDir, references, sources, documents, additional, library, culture, measure);
        }
    }
}
