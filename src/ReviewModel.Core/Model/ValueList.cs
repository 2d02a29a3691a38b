using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace ReviewModel.Model;

/// <summary>
/// An immutable list with value semantics: two lists are equal when they hold equal items in the
/// same order. Every collection in the document model is a <see cref="ValueList{T}"/>, so that two
/// documents with the same content compare equal (for example after a JSON round trip).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new ValueList<T>(Array.Empty<T>(), copy: false);

    private ValueList(T[] items, bool copy)
    {
        _items = copy ? (T[])items.Clone() : items;
    }

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order. Must not be null nor hold null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public static ValueList<T> From(IEnumerable<T> items)
    {
        if (items is null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        return Adopt(items.ToArray());
    }

    /// <summary>A list over <paramref name="items"/> itself, without the copy <see cref="From"/> makes: for the
    /// library's own code, which made the array for the list and never writes to it again.</summary>
    internal static ValueList<T> Adopt(T[] items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentException($"列表第 {i} 项为 null；文档中的列表不能含 null (item {i} is null; document lists hold no nulls).", nameof(items));
            }
        }

        return items.Length == 0 ? Empty : new ValueList<T>(items, copy: false);
    }

    /// <summary>Creates a list holding the given items.</summary>
    /// <param name="items">The items, in order.</param>
    public static ValueList<T> Of(params T[] items) => From(items ?? Array.Empty<T>());

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>Whether the list holds no items.</summary>
    public bool IsEmpty => _items.Length == 0;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var comparer = EqualityComparer<T>.Default;
        unchecked
        {
            var hash = 17;
            foreach (var item in _items)
            {
                hash = (hash * 31) + (item is null ? 0 : comparer.GetHashCode(item));
            }

            return hash;
        }
    }

    /// <summary>Compares two lists by value.</summary>
    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two lists by value.</summary>
    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", _items)}]";
}

/// <summary>Factory helpers for <see cref="ValueList{T}"/>.</summary>
public static class ValueList
{
    /// <summary>Creates a list holding the given items.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    public static ValueList<T> Of<T>(params T[] items) => ValueList<T>.Of(items);

    /// <summary>Creates a list from a sequence, treating null as empty.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, or null for an empty list.</param>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T>? items) =>
        items is null ? ValueList<T>.Empty : ValueList<T>.From(items);
}
