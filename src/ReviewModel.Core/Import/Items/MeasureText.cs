using System.Collections.Generic;
using ReviewModel.Model;
using ReviewModel.Text;

namespace ReviewModel.Import;

/// <summary>
/// A measure's whole text — its title, body, then each item's lead and body, run together — where
/// <see cref="AccountabilityParser"/> looks for its owner, unit, deadline and standard. It is assembled in the
/// thread's <see cref="ScratchBuffer"/>, so that reading it copies no string.
/// </summary>
internal static class MeasureText
{
    /// <summary>Reads owner, unit, deadline and standard from the measure's whole text.</summary>
    public static Accountability Parse(string title, string body, IReadOnlyList<NumberedItem> items, int? contextYear)
    {
        var length = title.Length + body.Length;
        for (var i = 0; i < items.Count; i++)
        {
            length += items[i].Lead.Length + items[i].Body.Length;
        }

        var buffer = ScratchBuffer.Take(length);
        var at = ScratchBuffer.Append(buffer, 0, title);
        at = ScratchBuffer.Append(buffer, at, body);
        for (var i = 0; i < items.Count; i++)
        {
            at = ScratchBuffer.Append(buffer, at, items[i].Lead);
            at = ScratchBuffer.Append(buffer, at, items[i].Body);
        }

        var accountability = AccountabilityParser.Parse(new BufferText(buffer, at), contextYear);
        ScratchBuffer.Give(buffer);
        return accountability;
    }
}
