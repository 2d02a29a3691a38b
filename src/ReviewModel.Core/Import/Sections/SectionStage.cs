using System.Buffers;
using System.Collections.Generic;
using ReviewModel.Model;
using ReviewModel.Validation;

namespace ReviewModel.Import;

/// <summary>Stage 4, sections: finds where each section starts (<see cref="SectionStartReader"/>) and hands every
/// block to exactly one place — the preamble, or the draft of the section it is in (one draft per section kind:
/// <see cref="ProblemSectionDraft"/>, <see cref="CauseSectionDraft"/>, <see cref="MeasureSectionDraft"/>…). One pass
/// over the blocks, plus one to see which sections have sub-headings.</summary>
internal static class SectionStage
{
    public static void Run(ImportState state)
    {
        if (state.Blocks.Count == 0)
        {
            Collect(state, System.Array.Empty<SectionStart?>());
            return;
        }

        // Which blocks start a section, read once into a pooled array: only this stage's passes use it.
        var starts = ArrayPool<SectionStart?>.Shared.Rent(state.Blocks.Count);
        try
        {
            Collect(state, starts);
        }
        finally
        {
            ArrayPool<SectionStart?>.Shared.Return(starts, clearArray: true);
        }
    }

    /// <summary>Hands every block to the preamble or its section's draft, <paramref name="starts"/> telling where sections start.</summary>
    private static void Collect(ImportState state, SectionStart?[] starts)
    {
        var blocks = state.Blocks;
        var context = state.Context;
        var reader = new SectionStartReader(headingsAreSections: !SectionStartReader.HasNumberedSections(blocks));
        for (var i = 0; i < blocks.Count; i++)
        {
            starts[i] = reader.Read(blocks[i]);
        }

        var preamble = state.Preamble;
        var drafts = state.Drafts;
        SectionDraft? current = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if ((i & 255) == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            var block = blocks[i];
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            if (starts[i] is { } start)
            {
                current = CreateDraft(start);
                current.HasSubHeadings = HasSubHeadings(blocks, starts, i + 1);
                if (!start.Recognised)
                {
                    context.Report(RuleCatalogue.UnknownSection, start.Heading, Shorten(start.Heading.Text));
                }

                drafts.Add(current);
                if (start.Rest.Length > 0)
                {
                    current.Add(Block.Create(start.Rest), next);
                }

                continue;
            }

            if (current is null)
            {
                if (StartsImplicitProblems(block))
                {
                    current = new ProblemSectionDraft(null) { HasSubHeadings = HasSubHeadings(blocks, starts, i) };
                    drafts.Add(current);
                    current.Add(block, next);
                }
                else
                {
                    preamble.Add(block.Raw);
                }

                continue;
            }

            current.Add(block, next);
        }

        if (drafts.Count == 0)
        {
            context.Report(RuleCatalogue.NoStructure, null);
        }
    }

    private static SectionDraft CreateDraft(SectionStart start) => start.Kind switch
    {
        SectionKind.Preparation or SectionKind.LastYearRectification => new ItemSectionDraft(start.Kind, start.Heading),
        SectionKind.Problems => new ProblemSectionDraft(start.Heading),
        SectionKind.Causes => new CauseSectionDraft(start.Heading),
        SectionKind.Measures => new MeasureSectionDraft(start.Heading),
        _ => new FreeSectionDraft(start.Kind, start.Heading),
    };

    private static bool HasSubHeadings(List<Block> blocks, SectionStart?[] starts, int from)
    {
        for (var i = from; i < blocks.Count && starts[i] is null; i++)
        {
            if (blocks[i].Kind == MarkerKind.Heading || (blocks[i].HeadingLevel > 0 && blocks[i].Kind != MarkerKind.Item && blocks[i].Kind != MarkerKind.Arabic))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a block before any section heading is an aspect heading (the material starts its problems
    /// without a 存在的问题 heading).</summary>
    private static bool StartsImplicitProblems(Block block)
    {
        if (block.Kind != MarkerKind.Heading && block.Kind != MarkerKind.Section && block.HeadingLevel == 0 && block.Kind != MarkerKind.None)
        {
            return false;
        }

        var content = block.Content;
        if (content.Length > ImportThresholds.MaxAspectCandidateLength)
        {
            return false;
        }

        return AspectMatcher.LooksLikeAspect(ProblemSectionDraft.AspectHeading(content.AsSpan()));
    }

    private static string Shorten(string text) => text.Length <= ImportThresholds.ExcerptLength ? text : text.Substring(0, ImportThresholds.ExcerptLength) + "…";
}
