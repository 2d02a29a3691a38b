using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewModel.Model;
using ReviewModel.Serialization;

namespace ReviewModel.Tests.Import;

/// <summary>
/// A document as indented JSON without the properties that say where text came from, so that two imports of
/// the same content from different files (text and Word, or a file and what was rendered from it) compare equal.
/// </summary>
internal static class ModelJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The document's JSON without <c>source</c> properties (and any other <paramref name="leftOut"/>), one property per line.</summary>
    public static string Of(ReviewDocument document, params string[] leftOut)
    {
        var node = JsonNode.Parse(ReviewJson.Serialize(document))!;
        Strip(node, leftOut);
        return node.ToJsonString(Indented);
    }

    private static void Strip(JsonNode? node, string[] leftOut)
    {
        switch (node)
        {
            case JsonObject o:
                o.Remove("source");
                foreach (var name in leftOut)
                {
                    o.Remove(name);
                }

                foreach (var (_, child) in o.ToList())
                {
                    Strip(child, leftOut);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Strip(child, leftOut);
                }

                break;
        }
    }
}
