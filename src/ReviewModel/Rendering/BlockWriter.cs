using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace ReviewModel.Rendering;

/// <summary>Writes laid-out blocks one after another, a blank line between two, a line feed after the last.</summary>
internal static class BlockWriter
{
    public static void Write(IReadOnlyList<LayoutBlock> blocks, TextWriter writer, Func<LayoutBlock, string> format, CancellationToken cancellationToken)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i > 0)
            {
                writer.Write("\n\n");
            }

            writer.Write(format(blocks[i]));
        }

        if (blocks.Count > 0)
        {
            writer.Write('\n');
        }
    }
}
