using System;
using System.IO;
using System.Text;
using ReviewModel.Validation;
using ReviewModel.Import;
using Xunit;

namespace ReviewModel.Tests.Import;

public sealed class ImportErrorTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rm-import-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\u3000\r\n")]
    public void Empty_text_is_a_clear_error(string text)
    {
        var error = Assert.Throws<ReviewImportException>(() => ReviewImporter.Import(text, ImportOptions.Default.WithFile("a.txt")));
        Assert.Contains("空", error.Message);
        Assert.Equal("a.txt", error.File);
    }

    [Fact]
    public void Binary_text_is_a_clear_error_with_its_line()
    {
        var error = Assert.Throws<ReviewImportException>(() => ReviewImporter.Import("标题\n正文\n\0\0", ImportOptions.Default.WithFile("b.txt")));
        Assert.Equal(3, error.Line);
        Assert.StartsWith("b.txt(3): ", error.Message);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var path = Path.Combine(_directory, "none.txt");
        var error = Assert.Throws<ReviewImportException>(() => ReviewImporter.ImportFile(path));
        Assert.Equal(path, error.File);
        Assert.Contains("不存在", error.Message);
    }

    [Theory]
    [InlineData("material.pdf")]
    [InlineData("material.doc")]
    public void An_unsupported_format_is_a_clear_error(string name)
    {
        var path = Write(name, Encoding.UTF8.GetBytes("text"));
        var error = Assert.Throws<ReviewImportException>(() => ReviewImporter.ImportFile(path));
        Assert.Contains(".docx", error.Message);
        Assert.Contains(Path.GetExtension(name), error.Message);
    }

    [Fact]
    public void An_empty_file_is_a_clear_error()
    {
        var error = Assert.Throws<ReviewImportException>(() => ReviewImporter.ImportFile(Write("empty.md", Array.Empty<byte>())));
        Assert.Contains("为空", error.Message);
    }

    [Fact]
    public void A_utf8_file_with_bom_and_crlf_keeps_positions()
    {
        var text = "对照检查材料\r\n\r\n一、存在的问题\r\n\r\n（一）在理论学习方面。一是学习不深。二是运用不够。\r\n";
        var path = Write("bom.txt", Encoding.UTF8.GetPreamble().Length > 0 ? Combine(Encoding.UTF8.GetPreamble(), Encoding.UTF8.GetBytes(text)) : Encoding.UTF8.GetBytes(text));
        var document = ReviewImporter.ImportFile(path).Document;
        var problem = document.Problems!.Aspects[0].Problems[1];
        Assert.Equal("运用不够。", problem.Lead);
        Assert.Equal(5, problem.Source!.Line);
        Assert.Equal(21, problem.Source.Column);
    }

#if NET
    [Fact]
    public void A_gb18030_file_is_read_and_reported()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding("GB18030");
        var path = Write("gb.txt", gb.GetBytes("对照检查材料\n\n一、存在的问题\n\n（一）在理论学习方面。一是学习不深。二是运用不够。\n"));
        var result = ReviewImporter.ImportFile(path);
        Assert.Equal(2, result.Document.Problems!.Aspects[0].Problems.Count);
        Assert.Contains(result.Diagnostics, d => d.Code == RuleCatalogue.LegacyEncoding.Id);
    }
#endif

    private static byte[] Combine(byte[] a, byte[] b)
    {
        var all = new byte[a.Length + b.Length];
        a.CopyTo(all, 0);
        b.CopyTo(all, a.Length);
        return all;
    }
}
