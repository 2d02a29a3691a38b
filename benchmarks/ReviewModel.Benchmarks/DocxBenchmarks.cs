using System;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using ReviewModel.Model;
using ReviewModel.Rendering.Docx;
using ReviewModel.Rendering.Lists;
using ReviewModel.Text;

namespace ReviewModel.Benchmarks;

/// <summary>
/// Renders a document the size of the sample (about 9,000 characters, 26 KB as UTF-8; 5 aspects with
/// 3, 3, 4, 5 and 4 problems, 4 causes, 5 measures) to DOCX. The baseline writes the same paragraphs
/// to a plain string with a StringBuilder. Target: DOCX under 50 ms warm.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class DocxBenchmarks
{
    private ReviewDocument _document = null!;
    private MemoryStream _output = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = DocxBenchmarkDocument.Build();
        _output = new MemoryStream(64 * 1024);
        var text = PlainText(_document);
        Console.WriteLine($"// document: {text.Length} characters, {Encoding.UTF8.GetByteCount(text)} bytes UTF-8, {_document.AllProblems.Count()} problems");
    }

    [Benchmark(Baseline = true)]
    public string PlainTextBaseline() => PlainText(_document);

    [Benchmark]
    public long RenderDocx()
    {
        _output.SetLength(0);
        DocxRenderer.Render(_document, _output);
        return _output.Length;
    }

    [Benchmark]
    public long RectificationListDocx()
    {
        _output.SetLength(0);
        RectificationListWriter.WriteDocx(RectificationList.From(_document), _output);
        return _output.Length;
    }

    /// <summary>The document's paragraphs as plain text, in the DOCX paragraph order.</summary>
    private static string PlainText(ReviewDocument document)
    {
        var text = new StringBuilder(32 * 1024);
        text.AppendLine(document.Header.Title);
        foreach (var p in document.Preamble)
        {
            text.AppendLine(p.Text);
        }

        var s = 0;
        foreach (var section in document.Sections)
        {
            text.Append(ChineseText.SectionNumber(++s)).AppendLine(section.Heading ?? SectionNames.Standard(section.Kind));
            foreach (var p in section.Intro)
            {
                text.AppendLine(p.Text);
            }

            switch (section)
            {
                case PreparationSection preparation:
                    foreach (var item in preparation.Steps)
                    {
                        text.AppendLine(item.Text);
                    }

                    break;
                case RectificationSection rectification:
                    foreach (var item in rectification.Items)
                    {
                        text.AppendLine(item.Text);
                    }

                    break;
                case ProblemSection problems:
                    foreach (var group in problems.Aspects)
                    {
                        text.AppendLine(group.Heading ?? group.AspectId);
                        foreach (var p in group.Intro)
                        {
                            text.AppendLine(p.Text);
                        }

                        foreach (var problem in group.Problems)
                        {
                            text.Append(problem.Lead).Append(problem.Body);
                            foreach (var example in problem.Examples)
                            {
                                text.Append(example.Text);
                            }

                            text.AppendLine();
                        }
                    }

                    break;
                case CauseSection causes:
                    foreach (var cause in causes.Causes)
                    {
                        text.Append(cause.Title).AppendLine(cause.Body);
                    }

                    break;
                case MeasureSection measures:
                    foreach (var measure in measures.Measures)
                    {
                        text.Append(measure.Title).Append(measure.Body);
                        foreach (var item in measure.Items)
                        {
                            text.Append(item.Text);
                        }

                        text.AppendLine();
                    }

                    break;
            }

            foreach (var p in section.Closing)
            {
                text.AppendLine(p.Text);
            }
        }

        return text.ToString();
    }
}
