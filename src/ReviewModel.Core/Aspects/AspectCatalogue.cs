using System;
using System.Linq;
using ReviewModel.Model;

namespace ReviewModel.Aspects;

/// <summary>
/// The aspects one meeting's notice sets (e.g. the 2024 年度 四个带头). Ship your own for local
/// topics (专项整治): the built-in ones are in <see cref="AspectCatalogues"/>.
/// </summary>
public sealed record AspectCatalogue
{
    /// <summary>Creates a catalogue.</summary>
    /// <param name="id">A stable ID, e.g. "2024-annual".</param>
    /// <param name="year">The year of the meeting, or null for standing lists.</param>
    /// <param name="meeting">The meeting it is for, e.g. "2024年度民主生活会".</param>
    /// <param name="aspects">The aspects, in the notice's order.</param>
    /// <param name="isConfirmed">Whether the list was confirmed against the notice.</param>
    /// <exception cref="ArgumentException">Duplicate aspect IDs.</exception>
    public AspectCatalogue(string id, int? year, string meeting, ValueList<Aspect> aspects, bool isConfirmed = true)
    {
        Id = Guard.NotBlank(id, nameof(id));
        Year = year;
        Meeting = Guard.NotNull(meeting, nameof(meeting));
        Aspects = Guard.NotNull(aspects, nameof(aspects));
        IsConfirmed = isConfirmed;
        var duplicate = Aspects.GroupBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"方面 ID “{duplicate.Key}” 重复 (duplicate aspect ID '{duplicate.Key}').", nameof(aspects));
        }
    }

    /// <summary>The stable ID.</summary>
    public string Id { get; }

    /// <summary>The meeting year, or null.</summary>
    public int? Year { get; }

    /// <summary>The meeting it is for.</summary>
    public string Meeting { get; }

    /// <summary>The aspects in order.</summary>
    public ValueList<Aspect> Aspects { get; }

    /// <summary>Whether the list was confirmed against the notice.</summary>
    public bool IsConfirmed { get; }

    /// <summary>Finds an aspect by ID.</summary>
    /// <param name="aspectId">The aspect ID.</param>
    /// <returns>The aspect, or null.</returns>
    public Aspect? Find(string aspectId) => Aspects.FirstOrDefault(a => string.Equals(a.Id, aspectId, StringComparison.Ordinal));

    /// <summary>Creates a catalogue from titles, numbering the aspect IDs "<paramref name="id"/>.1", ".2"….</summary>
    /// <param name="id">The catalogue ID.</param>
    /// <param name="year">The year, or null.</param>
    /// <param name="meeting">The meeting.</param>
    /// <param name="titles">The aspect titles in order.</param>
    public static AspectCatalogue FromTitles(string id, int? year, string meeting, params string[] titles) =>
        new(id, year, meeting, titles.Select((t, i) => new Aspect($"{id}.{i + 1}", t)).ToValueList());
}
