using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Signpost.Tests.Canons;

/// <summary>The documented schema and the files agree, so the schema stays true to the format.</summary>
public sealed class CanonSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(TestFiles.Read("schema", "canon.schema.json"));

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestFiles.Path("corpus"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestFiles.Path("corpus"), file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_corpus_entry_conforms_to_the_schema(string file)
    {
        using var document = JsonDocument.Parse(TestFiles.Read("corpus", file));
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    [Fact]
    public void The_schema_rejects_an_unknown_field()
    {
        var entry = JsonNode.Parse(TestFiles.Read("corpus", "policy", "github-actions-oidc-token-403-forbidden.json"))!.AsObject();
        entry["colour"] = "red";

        using var document = JsonDocument.Parse(entry.ToJsonString());

        Assert.False(Schema.Evaluate(document.RootElement).IsValid);
    }
}
