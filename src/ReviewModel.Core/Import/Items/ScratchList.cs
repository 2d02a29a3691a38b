using System;
using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>
/// A list the thread reuses to collect values whose count is not known ahead (the markers of a run, the starts of a
/// problem's examples), so that only the result's exact array is made, not a list and the arrays it grows through.
/// Take it, fill it, then <see cref="ToArray"/> gives the values and the list back; a list taken and not given back is
/// simply not reused (a nested use takes a list of its own).
/// </summary>
/// <typeparam name="T">The values collected.</typeparam>
internal static class ScratchList<T>
{
    /// <summary>A list that grew longer than this is not kept for the next use.</summary>
    private const int MaxKeptCapacity = 1 << 10;

    [ThreadStatic]
    private static List<T>? t_list;

    /// <summary>An empty list, not shared until given back.</summary>
    public static List<T> Take()
    {
        var list = t_list ?? new List<T>();
        t_list = null;
        return list;
    }

    /// <summary>Empties <paramref name="list"/> (taken with <see cref="Take"/>) and keeps it for the next <see cref="Take"/>.</summary>
    public static void Give(List<T> list)
    {
        list.Clear();
        if (list.Capacity <= MaxKeptCapacity)
        {
            t_list = list;
        }
    }

    /// <summary>The values of <paramref name="list"/> as an array of their own (the shared empty array for none); the
    /// list is emptied and kept for the next <see cref="Take"/>.</summary>
    public static T[] ToArray(List<T> list)
    {
        var values = list.Count == 0 ? Array.Empty<T>() : list.ToArray();
        list.Clear();
        if (list.Capacity <= MaxKeptCapacity)
        {
            t_list = list;
        }

        return values;
    }
}
