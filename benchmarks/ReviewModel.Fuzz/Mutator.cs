using System;
using System.Text;

namespace ReviewModel.Fuzz;

/// <summary>Random edits of text and bytes, from one seeded generator: deterministic for a seed.</summary>
internal sealed class Mutator
{
    /// <summary>Characters these materials are made of, and the ones that have broken parsers before.</summary>
    private const string Alphabet =
        "一二三四五六七八九十是、。，；：（）()【】“”\"'#*_>-.+=@|`[]{}<>&!~ 　\n\n\n\r\t\f\v" +
        "1234567890０１２３４５６７８９xX×ｘＸ比如例方面在带头问题原因措施整改责任人责任单位完成时限长期坚持年月日底前" +
        "总之现状案例剖析准备情况上年度查摆党支部班子民主生活会组织生活会对照检查材料征求意见谈心谈话" +
        "\u2028\u2029\u0085\uFEFF\u200B\u00A0\u3000\uFFFD\u001B①②③⑩";

    private readonly Random _random;

    public Mutator(int seed) => _random = new Random(seed);

    public int Next(int max) => _random.Next(max);

    public bool Chance(int oneIn) => _random.Next(oneIn) == 0;

    public string Text(int maxLength)
    {
        var length = _random.Next(maxLength + 1);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Chance(20) ? (char)_random.Next(0x10000) : Chance(500) ? '\0' : Alphabet[_random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>1 to 8 edits: cut, insert random text, duplicate a piece, swap two pieces, repeat a line many times.</summary>
    public string Edit(string text)
    {
        var edits = 1 + _random.Next(8);
        for (var e = 0; e < edits; e++)
        {
            var at = text.Length == 0 ? 0 : _random.Next(text.Length + 1);
            var length = Math.Min(_random.Next(Chance(4) ? 2000 : 60), text.Length - at);
            switch (_random.Next(6))
            {
                case 0:
                    text = text.Remove(at, length);
                    break;
                case 1:
                case 2:
                    text = text.Insert(at, Text(30));
                    break;
                case 3:
                    text = text.Insert(at, text.Substring(at, length));
                    break;
                case 4:
                    var other = _random.Next(text.Length + 1);
                    var piece = text.Substring(at, length);
                    text = text.Remove(at, length);
                    text = text.Insert(Math.Min(other, text.Length), piece);
                    break;
                default:
                    var line = text.Substring(at, Math.Min(length, 40));
                    var times = _random.Next(1, Chance(200) ? 5000 : 50);
                    text = text.Insert(at, new StringBuilder().Insert(0, line + "\n", times).ToString());
                    break;
            }
        }

        return text;
    }

    /// <summary>1 to 8 byte edits: flip, set to a boundary value, cut, duplicate.</summary>
    public byte[] Edit(byte[] bytes)
    {
        var buffer = new System.Collections.Generic.List<byte>(bytes);
        var edits = 1 + _random.Next(8);
        for (var e = 0; e < edits && buffer.Count > 0; e++)
        {
            var at = _random.Next(buffer.Count);
            switch (_random.Next(4))
            {
                case 0:
                    buffer[at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1:
                    buffer[at] = (byte)(_random.Next(2) == 0 ? 0 : 0xFF);
                    break;
                case 2:
                    buffer.RemoveRange(at, Math.Min(_random.Next(64), buffer.Count - at));
                    break;
                default:
                    var length = Math.Min(_random.Next(64), buffer.Count - at);
                    buffer.InsertRange(at, buffer.GetRange(at, length));
                    break;
            }
        }

        return buffer.ToArray();
    }
}
