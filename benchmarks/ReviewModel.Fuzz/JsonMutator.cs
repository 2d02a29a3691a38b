using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReviewModel.Fuzz;

/// <summary>Structural JSON mutations that keep the syntax valid, so the binder and the model's constructors are reached:
/// a value replaced (extreme numbers, null, wrong types, enums as numbers), a property removed, duplicated,
/// renamed or added ($id, $ref, unknown), an array item removed or repeated.</summary>
internal static class JsonMutator
{
    private static readonly string[] Values =
    {
        "null", "0", "-1", "2147483647", "2147483646", "-2147483648", "9223372036854775807", "1e308", "1.5", "true", "\"\"", "\" \"",
        "\"xx\"", "\"长期\"", "\"longTerm\"", "\"2025-02-30\"", "\"9999-12-31\"", "\"P1\"", "\"M1\"", "\"\\ud800\"", "[]", "{}", "[null]", "99",
        "\"democraticLife\"", "\"organisationalLife\"", "\"team\"", "\"individual\"", "\"problems\"", "\"measures\"", "\"nonsense\"",
    };

    private static readonly string[] Names = { "$id", "$ref", "$type", "$values", "colour", "title", "id", "source", "line", "column", "kind" };

    public static string Mutate(string json, Mutator m)
    {
        var root = JsonNode.Parse(json)!;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var edits = 1 + m.Next(4);
        var duplicate = false;
        for (var e = 0; e < edits && nodes.Count > 1; e++)
        {
            var node = nodes[1 + m.Next(nodes.Count - 1)];
            var parent = node.Parent;
            try
            {
            switch (m.Next(6))
            {
                case 0:
                case 1:
                    Replace(node, JsonNode.Parse(Values[m.Next(Values.Length)]));
                    break;
                case 2:
                    if (parent is JsonObject o)
                    {
                        o.Remove(node.GetPropertyName());
                    }
                    else if (parent is JsonArray a)
                    {
                        a.Remove(node);
                    }

                    break;
                case 3:
                    if (parent is JsonArray array)
                    {
                        array.Add(node.DeepClone());
                    }
                    else if (parent is JsonObject obj)
                    {
                        obj[Names[m.Next(Names.Length)]] = JsonNode.Parse(Values[m.Next(Values.Length)]);
                    }

                    break;
                case 4:
                    if (node is JsonObject target)
                    {
                        target[Names[m.Next(Names.Length)]] = JsonNode.Parse(Values[m.Next(Values.Length)]);
                    }

                    break;
                default:
                    duplicate = true;
                    break;
            }

            }
            catch (System.Exception ex) when (ex is System.InvalidOperationException or System.ArgumentException)
            {
                // An edit JsonNode does not allow: skip it.
            }

            nodes.Clear();
            Collect(root, nodes);
        }

        var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = m.Chance(2) });
        if (duplicate)
        {
            // A duplicate key (JsonObject refuses them, so on the text): "name": value, before an existing "name":.
            var keys = System.Text.RegularExpressions.Regex.Matches(text, "\"([A-Za-z$]+)\":");
            if (keys.Count > 0)
            {
                var key = keys[m.Next(keys.Count)];
                text = text.Insert(key.Index, $"{key.Value}{Values[m.Next(Values.Length)]},");
            }
        }

        return text;
    }

    private static void Replace(JsonNode node, JsonNode? value)
    {
        switch (node.Parent)
        {
            case JsonObject o:
                o[node.GetPropertyName()] = value;
                break;
            case JsonArray a:
                a[a.IndexOf(node)] = value;
                break;
        }
    }

    private static void Collect(JsonNode? node, List<JsonNode> into)
    {
        if (node is null)
        {
            return;
        }

        into.Add(node);
        switch (node)
        {
            case JsonObject o:
                foreach (var pair in o.ToList())
                {
                    Collect(pair.Value, into);
                }

                break;
            case JsonArray a:
                foreach (var item in a.ToList())
                {
                    Collect(item, into);
                }

                break;
        }
    }
}
