using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ReviewModel.Model;

namespace ReviewModel.Similarity;

/// <summary>
/// A 查重 index over many materials: each paragraph's character-shingle MinHash signature, filed in LSH buckets
/// (<see cref="SimilarityOptions.Bands"/> bands of <see cref="SimilarityOptions.Rows"/> rows), so that a paragraph
/// is compared only with the few that share a bucket — the work grows with the corpus, not with its square.
/// Candidates are then compared exactly (weighted Jaccard, stock phrases weighing nothing). The index remembers how
/// often each shingle occurs (a fixed-size count sketch), which is how phrases common to the whole corpus are
/// recognised as stock phrases. Save it with <see cref="Save"/> and reuse it with <see cref="Load"/>. Not thread-safe
/// for writing; queries may run concurrently once it is built.
/// </summary>
public sealed class SimilarityIndex
{
    private const int SketchBits = 22;
    private const string Magic = "RMSIMIDX";
    private const int FormatVersion = 1;
    private static readonly Encoding Utf8 = new UTF8Encoding(false, true);

    private readonly List<string> _sources = new();
    private readonly List<int> _unitMaterial = new();
    private readonly List<string> _unitPath = new();
    private readonly List<string> _unitText = new();
    private readonly List<uint[]> _signatures = new();
    // LSH buckets as chains through two flat lists (no list object per bucket: most buckets hold one paragraph):
    // _bucketHead[key] is the newest node of the bucket, _chainUnit[node] its paragraph, _chainNext[node] the next node or -1.
    private readonly Dictionary<ulong, int> _bucketHead = new();
    private readonly List<int> _chainUnit = new();
    private readonly List<int> _chainNext = new();
    private readonly int[] _documentFrequency = new int[1 << SketchBits];
    private readonly ulong[] _seeds;
    private readonly HashSet<ulong> _stockShingles;
    private readonly HashSet<string> _stockTexts;

    /// <summary>Creates an empty index.</summary>
    /// <param name="options">Options; null for <see cref="SimilarityOptions.Default"/>.</param>
    public SimilarityIndex(SimilarityOptions? options = null)
    {
        Options = options ?? SimilarityOptions.Default;
        _seeds = Enumerable.Range(0, Options.HashCount).Select(i => Shingles.Mix(0x9E3779B97F4A7C15UL * (ulong)(i + 1))).ToArray();
        _stockShingles = StockPhrases.Shingles(StockPhrases.Default, Options.ShingleSize);
        _stockTexts = new HashSet<string>(StockPhrases.Default.Select(p => Shingles.Of(p, 1).Text));
    }

    /// <summary>The options.</summary>
    public SimilarityOptions Options { get; }

    /// <summary>How many materials the index holds.</summary>
    public int MaterialCount => _sources.Count;

    /// <summary>How many paragraphs the index holds.</summary>
    public int UnitCount => _unitText.Count;

    /// <summary>The materials' names, in the order they were added.</summary>
    public IReadOnlyList<string> Sources => _sources;

    /// <summary>Builds an index of <paramref name="materials"/>, reporting progress per material.</summary>
    /// <param name="materials">The materials.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <param name="progress">Receives progress, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static SimilarityIndex Build(IReadOnlyList<SimilarityMaterial> materials, SimilarityOptions? options = null, IProgress<SimilarityProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (materials is null)
        {
            throw new ArgumentNullException(nameof(materials));
        }

        var index = new SimilarityIndex(options);
        for (var i = 0; i < materials.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            index.Add(materials[i]);
            progress?.Report(new SimilarityProgress("索引", i + 1, materials.Count));
        }

        return index;
    }

    /// <summary>Adds a material's paragraphs (those of at least the minimum length).</summary>
    /// <param name="material">The material.</param>
    public void Add(SimilarityMaterial material)
    {
        if (material is null)
        {
            throw new ArgumentNullException(nameof(material));
        }

        var materialIndex = _sources.Count;
        _sources.Add(material.Source);
        foreach (var unit in material.Units)
        {
            var shingles = Shingles.Of(unit.Text, Options.ShingleSize);
            if (shingles.Text.Length < Options.MinimumLength)
            {
                continue;
            }

            var set = shingles.Set();
            AddUnit(materialIndex, unit.Path, unit.Text, Signature(set), set);
        }
    }

    /// <summary>Checks a material against the index (materials with the same name are skipped).</summary>
    /// <param name="material">The material.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public DuplicationReport Check(SimilarityMaterial material, CancellationToken cancellationToken = default)
    {
        if (material is null)
        {
            throw new ArgumentNullException(nameof(material));
        }

        var matches = new List<ParagraphMatch>();
        int characters = 0, duplicated = 0;
        foreach (var unit in material.Units)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var shingles = Shingles.Of(unit.Text, Options.ShingleSize);
            if (shingles.Text.Length < Options.MinimumLength)
            {
                continue;
            }

            characters += shingles.Text.Length;
            var set = shingles.Set();
            var covered = new bool[unit.Text.Length];
            foreach (var candidate in Candidates(Signature(set)))
            {
                if (_sources[_unitMaterial[candidate]] == material.Source)
                {
                    continue;
                }

                var other = Shingles.Of(_unitText[candidate], Options.ShingleSize);
                var otherSet = other.Set();
                var similarity = PairComparer.Similarity(set, otherSet, IsStock);
                if (similarity < Options.Threshold)
                {
                    continue;
                }

                var span = PairComparer.Span(shingles, otherSet, Options.ShingleSize, IsStock, covered);
                var sourceSpan = PairComparer.Span(other, set, Options.ShingleSize, IsStock);
                matches.Add(new ParagraphMatch(unit.Path, span, _sources[_unitMaterial[candidate]], _unitPath[candidate], sourceSpan, similarity,
                    PairComparer.SharedPhrases(shingles, unit.Text, other, _stockTexts)));
            }

            duplicated += CountCovered(shingles, covered);
        }

        return new DuplicationReport(material.Source, characters, duplicated, matches.ToValueList());
    }

    /// <summary>Checks every material of <paramref name="materials"/> against this index, reporting progress.</summary>
    /// <param name="materials">The materials (usually the ones the index was built from).</param>
    /// <param name="progress">Receives progress, or null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public IReadOnlyList<DuplicationReport> CheckAll(IReadOnlyList<SimilarityMaterial> materials, IProgress<SimilarityProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (materials is null)
        {
            throw new ArgumentNullException(nameof(materials));
        }

        var reports = new List<DuplicationReport>(materials.Count);
        for (var i = 0; i < materials.Count; i++)
        {
            reports.Add(Check(materials[i], cancellationToken));
            progress?.Report(new SimilarityProgress("比对", i + 1, materials.Count));
        }

        return reports;
    }

    /// <summary>Writes the index (UTF-8 texts, signatures, shingle counts) to a stream.</summary>
    /// <param name="stream">A writable stream.</param>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream ?? throw new ArgumentNullException(nameof(stream)), Utf8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Options.ShingleSize);
        writer.Write(Options.Bands);
        writer.Write(Options.Rows);
        writer.Write(Options.Threshold);
        writer.Write(Options.MinimumLength);
        writer.Write(Options.StockShare);
        writer.Write(_sources.Count);
        foreach (var source in _sources)
        {
            writer.Write(source);
        }

        writer.Write(_unitText.Count);
        for (var u = 0; u < _unitText.Count; u++)
        {
            writer.Write(_unitMaterial[u]);
            writer.Write(_unitPath[u]);
            writer.Write(_unitText[u]);
            foreach (var value in _signatures[u])
            {
                writer.Write(value);
            }
        }

        var nonZero = _documentFrequency.Count(c => c != 0);
        writer.Write(nonZero);
        for (var i = 0; i < _documentFrequency.Length; i++)
        {
            if (_documentFrequency[i] != 0)
            {
                writer.Write(i);
                writer.Write(_documentFrequency[i]);
            }
        }
    }

    /// <summary>Reads an index written by <see cref="Save"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <exception cref="SimilarityIndexException">Not an index file, another format version, or damaged (says what).</exception>
    public static SimilarityIndex Load(Stream stream)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        try
        {
            using var reader = new BinaryReader(stream, Utf8, leaveOpen: true);
            if (reader.ReadString() != Magic)
            {
                throw new SimilarityIndexException("不是查重索引文件 (not a similarity index file).");
            }

            var version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new SimilarityIndexException($"索引格式版本 {version} 不受支持，应为 {FormatVersion} (unsupported index format version).");
            }

            var options = SimilarityOptions.Default
                .WithShingleSize(reader.ReadInt32())
                .WithBands(reader.ReadInt32(), reader.ReadInt32())
                .WithThreshold(reader.ReadDouble())
                .WithMinimumLength(reader.ReadInt32())
                .WithStockShare(reader.ReadDouble());
            var index = new SimilarityIndex(options);
            var sources = Count(reader.ReadInt32(), 10_000_000, "materials");
            for (var i = 0; i < sources; i++)
            {
                index._sources.Add(reader.ReadString());
            }

            var units = Count(reader.ReadInt32(), 100_000_000, "paragraphs");
            for (var u = 0; u < units; u++)
            {
                var material = reader.ReadInt32();
                if (material < 0 || material >= sources)
                {
                    throw new SimilarityIndexException($"第 {u} 段的材料编号 {material} 越界 (paragraph {u} names no material).");
                }

                var path = reader.ReadString();
                var text = reader.ReadString();
                var signature = new uint[options.HashCount];
                for (var k = 0; k < signature.Length; k++)
                {
                    signature[k] = reader.ReadUInt32();
                }

                index.AddUnit(material, path, text, signature, null);
            }

            var counts = Count(reader.ReadInt32(), 1 << SketchBits, "shingle counts");
            for (var i = 0; i < counts; i++)
            {
                var slot = reader.ReadInt32();
                if (slot < 0 || slot >= index._documentFrequency.Length)
                {
                    throw new SimilarityIndexException("片段计数越界 (shingle count out of range).");
                }

                index._documentFrequency[slot] = reader.ReadInt32();
            }

            return index;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or DecoderFallbackException or ArgumentOutOfRangeException or FormatException)
        {
            throw new SimilarityIndexException($"查重索引文件已损坏 (the index file is damaged): {e.Message}", e);
        }
    }

    /// <summary>Every pair of paragraphs of different materials whose signatures agree on at least <paramref name="estimate"/> of their hashes, by comparing every pair (the O(n²) baseline the benchmarks measure LSH against).</summary>
    internal int ExhaustivePairs(double estimate, CancellationToken cancellationToken = default)
    {
        var found = 0;
        for (var a = 0; a < _signatures.Count; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sa = _signatures[a];
            for (var b = a + 1; b < _signatures.Count; b++)
            {
                if (_unitMaterial[a] == _unitMaterial[b])
                {
                    continue;
                }

                if (Agree(sa, _signatures[b], Options.HashCount, estimate))
                {
                    found++;
                }
            }
        }

        return found;
    }

    /// <summary>The same pairs found through the LSH buckets (each candidate pair checked on its signatures).</summary>
    internal int LshPairs(double estimate, CancellationToken cancellationToken = default)
    {
        var found = 0;
        var seen = new HashSet<int>();
        for (var a = 0; a < _signatures.Count; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            seen.Clear();
            var sa = _signatures[a];
            foreach (var b in Candidates(sa))
            {
                if (b <= a || _unitMaterial[a] == _unitMaterial[b] || !seen.Add(b))
                {
                    continue;
                }

                if (Agree(sa, _signatures[b], Options.HashCount, estimate))
                {
                    found++;
                }
            }
        }

        return found;
    }

    /// <summary>Whether two signatures agree on at least <paramref name="estimate"/> of their first <paramref name="hashes"/> hashes (the MinHash estimate of their similarity).</summary>
    private static bool Agree(uint[] a, uint[] b, int hashes, double estimate)
    {
        var same = 0;
        for (var i = 0; i < hashes; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return same >= estimate * hashes;
    }

    private static int Count(int value, int maximum, string what) =>
        value >= 0 && value <= maximum ? value : throw new SimilarityIndexException($"{what} 数量 {value} 超出范围 (count out of range).");

    private void AddUnit(int material, string path, string text, uint[] signature, HashSet<ulong>? shingles)
    {
        var id = _unitText.Count;
        _unitMaterial.Add(material);
        _unitPath.Add(path);
        _unitText.Add(text);
        _signatures.Add(signature);
        var empty = IsEmpty(signature);
        for (var band = 0; band < Options.Bands && !empty; band++)
        {
            var key = BandKey(signature, band);
            _chainUnit.Add(id);
            _chainNext.Add(_bucketHead.TryGetValue(key, out var head) ? head : -1);
            _bucketHead[key] = _chainUnit.Count - 1;
        }

        if (shingles is not null)
        {
            foreach (var s in shingles)
            {
                _documentFrequency[Slot(s)]++;
            }
        }
    }

    // A paragraph made only of stock phrases has no signature to speak of: it matches nothing.
    private static bool IsEmpty(uint[] signature) => Array.TrueForAll(signature, v => v == uint.MaxValue);

    private IEnumerable<int> Candidates(uint[] signature)
    {
        var seen = new HashSet<int>();
        var empty = IsEmpty(signature);
        for (var band = 0; band < Options.Bands && !empty; band++)
        {
            if (_bucketHead.TryGetValue(BandKey(signature, band), out var node))
            {
                for (; node >= 0; node = _chainNext[node])
                {
                    var id = _chainUnit[node];
                    if (seen.Add(id))
                    {
                        yield return id;
                    }
                }
            }
        }
    }

    private ulong BandKey(uint[] signature, int band)
    {
        var h = Shingles.Mix((ulong)(band + 1) * 0xD6E8FEB86659FD93UL);
        for (var r = 0; r < Options.Rows; r++)
        {
            h = Shingles.Mix(h ^ signature[(band * Options.Rows) + r]);
        }

        return h;
    }

    private uint[] Signature(HashSet<ulong> shingles)
    {
        var signature = new uint[Options.HashCount];
        for (var i = 0; i < signature.Length; i++)
        {
            signature[i] = uint.MaxValue;
        }

        foreach (var s in shingles)
        {
            if (_stockShingles.Contains(s))
            {
                continue;
            }

            for (var i = 0; i < signature.Length; i++)
            {
                var h = (uint)(Shingles.Mix(s ^ _seeds[i]) >> 32);
                if (h < signature[i])
                {
                    signature[i] = h;
                }
            }
        }

        return signature;
    }

    private bool IsStock(ulong shingle)
    {
        if (_stockShingles.Contains(shingle))
        {
            return true;
        }

        var count = _documentFrequency[Slot(shingle)];
        return count >= SimilarityOptions.MinimumStockCount && count > Options.StockShare * _unitText.Count;
    }

    private static int Slot(ulong shingle) => (int)(shingle >> (64 - SketchBits));

    private static int CountCovered(Shingles shingles, bool[] covered)
    {
        var count = 0;
        foreach (var offset in shingles.Map)
        {
            if (covered[offset])
            {
                count++;
            }
        }

        return count;
    }
}
