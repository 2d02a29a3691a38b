using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ReviewModel.Text;
using Xunit;

namespace ReviewModel.Tests.Text;

/// <summary>The pair table answers as a dictionary, whether keys are added one by one or through a reserved write view, and after reuse.</summary>
public sealed class PairTableTests
{
    /// <summary>Keys from a small range, so that repeats and collisions are common; never 0 (the empty mark).</summary>
    private static readonly Gen<int[]> Keys = Gen.Int[1, 3000].Select(k => (k % 60 << 16) | (k / 60)).Select(k => k == 0 ? 1 : k).Array[0, 400];

    [Fact]
    public void Answers_as_a_dictionary()
    {
        var table = new PairTable();
        Gen.Select(Keys, Keys, Gen.Bool, Gen.Int[0, 50], Gen.Bool).Sample((added, looked, viaWriter, expected, compact) =>
        {
            table.Reset(expected, compact); // reused from the previous sample (one thread): it must start empty
            var model = new Dictionary<int, int>();
            if (viaWriter)
            {
                table.Reserve(added.Length);
                var writer = table.Writer;
                foreach (var key in added)
                {
                    var value = writer.GetOrAdd(key, model.Count);
                    if (value == model.Count && !model.ContainsKey(key))
                    {
                        model[key] = value;
                    }

                    Assert.Equal(model[key], value);
                }

                table.Added(model.Count);
            }
            else
            {
                foreach (var key in added)
                {
                    var value = table.GetOrAdd(key, model.Count);
                    model.TryAdd(key, value);
                    Assert.Equal(model[key], value);
                }
            }

            // Adding more after the view (the count was kept) grows the table as needed.
            foreach (var key in looked.Take(100))
            {
                model.TryAdd(key, table.GetOrAdd(key, model.Count));
            }

            var reader = table.Reader;
            foreach (var key in added.Concat(looked).Append(int.MaxValue))
            {
                var expectedValue = model.TryGetValue(key, out var v) ? v : -1;
                Assert.Equal(expectedValue, table.Get(key));
                Assert.Equal(expectedValue, table.Size == reader.Size ? reader.Get(key) : table.Get(key));
            }
        }, iter: 500, threads: 1);
    }
}
