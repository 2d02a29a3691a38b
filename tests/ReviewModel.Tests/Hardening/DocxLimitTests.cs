using System;
using System.IO;
using System.Linq;
using System.Threading;
using ReviewModel.Import;
using ReviewModel.Tests.Cli;
using ReviewModel.Tests.Import;
using Xunit;

namespace ReviewModel.Tests.Hardening;

/// <summary>Issue 10, items 3 and 4: deeply nested and zip-bomb .docx files fail with the limit named, never kill the process.</summary>
public sealed class DocxLimitTests : CliRunner
{
    private static ImportResult Import(byte[] docx, ImportLimits? limits = null) =>
        ReviewImporter.ImportDocx(new MemoryStream(docx), ImportOptions.Default.WithFile("hostile.docx").WithLimits(limits));

    [Fact]
    public void Seventeen_thousand_nested_sdt_blocks_are_refused_not_a_stack_overflow()
    {
        var docx = HostileDocx.Package(HostileDocx.NestedSdt(17_500));
        Assert.True(docx.Length < 64 * 1024, $"{docx.Length} bytes"); // a few KB on disk

        // On a thread with a small stack, as a server's worker might have.
        ImportLimitExceededException? caught = null;
        var thread = new Thread(() => caught = Assert.Throws<ImportLimitExceededException>(() => Import(docx)), 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.NotNull(caught);
        Assert.Equal(nameof(ImportLimits.MaxNestingDepth), caught!.Limit);
        Assert.Contains("MaxNestingDepth", caught.Message);
        Assert.StartsWith("hostile.docx: ", caught.Message);
    }

    [Fact]
    public void Nesting_within_the_limit_imports_the_text()
    {
        var docx = HostileDocx.Package(HostileDocx.NestedSdt(120)); // 240 elements deep, under the default 256

        var result = Import(docx);

        Assert.Equal("某县委常委班子2024年度民主生活会对照检查材料", result.Document.Header.Title);
    }

    [Fact]
    public void A_zip_bomb_is_refused_under_the_default_limits_with_the_limit_named()
    {
        var bomb = HostileDocx.Bomb(160_000); // some 100 MB of XML
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"{bomb.Length} bytes");
        var before = GC.GetAllocatedBytesForCurrentThread();

        var e = Assert.Throws<ImportLimitExceededException>(() => Import(bomb));

        Assert.Contains(e.Limit, new[] { nameof(ImportLimits.MaxCompressionRatio), nameof(ImportLimits.MaxXmlPartBytes), nameof(ImportLimits.MaxUncompressedBytes), nameof(ImportLimits.MaxTextLength) });
        Assert.Contains(e.Limit, e.Message);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 200L * 1024 * 1024, $"{allocated / (1024 * 1024)} MB allocated"); // streamed, never held whole
    }

    public static TheoryData<string> Limits => new()
    {
        nameof(ImportLimits.MaxParagraphs),
        nameof(ImportLimits.MaxTextLength),
        nameof(ImportLimits.MaxXmlPartBytes),
        nameof(ImportLimits.MaxUncompressedBytes),
        nameof(ImportLimits.MaxZipEntries),
        nameof(ImportLimits.MaxCompressionRatio),
        nameof(ImportLimits.MaxNestingDepth),
        nameof(ImportLimits.MaxFileBytes),
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public void Each_limit_is_configurable_and_named_when_exceeded(string limit)
    {
        var defaults = ImportLimits.Default;
        var small = HostileDocx.Package(HostileDocx.Open + HostileDocx.Body() + HostileDocx.Close);
        var (docx, limits) = limit switch
        {
            nameof(ImportLimits.MaxParagraphs) => (HostileDocx.Package(HostileDocx.Open + HostileDocx.Body(50) + HostileDocx.Close), defaults.WithMaxParagraphs(20)),
            nameof(ImportLimits.MaxTextLength) => (HostileDocx.Package(HostileDocx.Open + HostileDocx.Body(5, new string('学', 50)) + HostileDocx.Close), defaults.WithMaxTextLength(200)),
            nameof(ImportLimits.MaxXmlPartBytes) => (HostileDocx.Package(HostileDocx.Open + HostileDocx.Body(5, new string('学', 300)) + HostileDocx.Close), defaults.WithMaxXmlPartBytes(3000)),
            nameof(ImportLimits.MaxUncompressedBytes) => (HostileDocx.Package(HostileDocx.Open + HostileDocx.Body() + HostileDocx.Close, ("word/media/image1.bin", Random(20_000))), defaults.WithMaxUncompressedBytes(10_000)),
            nameof(ImportLimits.MaxZipEntries) => (HostileDocx.Package(HostileDocx.Open + HostileDocx.Body() + HostileDocx.Close, ("a.bin", new byte[1]), ("b.bin", new byte[1])), defaults.WithMaxZipEntries(4)),
            nameof(ImportLimits.MaxCompressionRatio) => (HostileDocx.Package(HostileDocx.Open + HostileDocx.Body() + HostileDocx.Close, ("word/media/zeros.bin", new byte[3 << 20])), defaults.WithMaxCompressionRatio(10)),
            nameof(ImportLimits.MaxNestingDepth) => (HostileDocx.Package(HostileDocx.NestedSdt(10)), defaults.WithMaxNestingDepth(12)),
            _ => (small, defaults.WithMaxFileBytes(small.Length - 1)),
        };

        Assert.Equal("某县委常委班子2024年度民主生活会对照检查材料", Import(docx).Document.Header.Title); // fine under the defaults
        var e = Assert.Throws<ImportLimitExceededException>(() => Import(docx, limits));
        Assert.Equal(limit, e.Limit);
        Assert.Contains(limit, e.Message);
        Assert.IsAssignableFrom<ReviewImportException>(e);
    }

    [Fact]
    public void Text_in_nested_paragraphs_counts_as_often_as_it_is_read()
    {
        // Paragraphs nested through text boxes: the reader gives the inner text once per enclosing paragraph.
        const int depth = 40;
        var open = HostileDocx.Repeat("<w:p><w:r><w:pict><w:txbxContent>", depth);
        var close = HostileDocx.Repeat("</w:txbxContent></w:pict></w:r></w:p>", depth);
        var text = new string('学', 1000);
        var xml = HostileDocx.Open + HostileDocx.Body() + open + HostileDocx.Paragraph(text) + close + HostileDocx.Close;
        var limits = ImportLimits.Default.WithMaxTextLength(20_000); // 1,000 characters of text, read 41 times

        var e = Assert.Throws<ImportLimitExceededException>(() => Import(HostileDocx.Package(xml), limits));

        Assert.Equal(nameof(ImportLimits.MaxTextLength), e.Limit);
        Assert.NotNull(Import(HostileDocx.Package(xml), ImportLimits.Default.WithMaxTextLength(60_000)));
    }

    [Fact]
    public void A_non_seekable_stream_is_read_with_the_file_size_cap()
    {
        var docx = HostileDocx.Package(HostileDocx.Open + HostileDocx.Body() + HostileDocx.Close);
        var limits = ImportLimits.Default.WithMaxFileBytes(docx.Length - 1);

        Assert.Equal(nameof(ImportLimits.MaxFileBytes), Assert.Throws<ImportLimitExceededException>(() =>
            ReviewImporter.ImportDocx(new ForwardOnlyStream(docx), ImportOptions.Default.WithLimits(limits))).Limit);
        Assert.NotNull(ReviewImporter.ImportDocx(new ForwardOnlyStream(docx)).Document.Header.Title);
    }

    [Fact]
    public void Limits_refuse_values_that_are_not_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ImportLimits.Default.WithMaxTextLength(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ImportLimits.Default.WithMaxFileBytes(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ImportLimits.Default.WithMaxNestingDepth(100_000));
        Assert.Same(ImportLimits.Default, ImportOptions.Default.Limits);
    }

    [Fact]
    public void The_cli_reports_a_hostile_docx_in_one_line_and_checks_the_other_files()
    {
        var nested = PathIn("nested.docx");
        File.WriteAllBytes(nested, HostileDocx.Package(HostileDocx.NestedSdt(17_500)));
        var bomb = PathIn("bomb.docx");
        File.WriteAllBytes(bomb, HostileDocx.Bomb(160_000));
        var good = Fixture.PathOf("Import/team-2024.txt");

        var (exit, output, error) = Run("check", nested, bomb, good);

        Assert.Equal(2, exit);
        var lines = error.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("nested.docx", lines[0]);
        Assert.Contains("MaxNestingDepth", lines[0]);
        Assert.Contains("bomb.docx", lines[1]);
        Assert.Contains(good + "(", output);
        Assert.DoesNotContain("   at ", error);
    }

    private static byte[] Random(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    private sealed class ForwardOnlyStream : MemoryStream
    {
        public ForwardOnlyStream(byte[] bytes)
            : base(bytes, writable: false)
        {
        }

        public override bool CanSeek => false;
    }
}
