using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Signpost.Web.Tests.Mcp;

/// <summary>Every tool, resource and prompt through the SDK's client; each transport runs the same suite.</summary>
public abstract class McpToolsContract : IAsyncLifetime
{
    private const string SeedId = "policy/github-actions-oidc-token-403-forbidden";
    private McpClient? _client;

    protected McpClient Client => _client ?? throw new InvalidOperationException("not connected");

    public async Task InitializeAsync() => _client = await ConnectAsync();

    public virtual async Task DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }
    }

    protected abstract Task<McpClient> ConnectAsync();

    [Fact]
    public async Task Lists_every_tool_with_a_description_and_an_output_schema()
    {
        var tools = await Client.ListToolsAsync();

        Assert.Equal(
            ["batch_lookup", "get_domain_stats", "get_error_chain", "get_error_detail", "list_domains", "list_errors_by_domain", "lookup_error", "report_outcome", "search_errors", "submit_error"],
            tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(tools, t => Assert.True(t.Description.Length > 80, $"{t.Name} needs a description written for agents"));
        Assert.All(tools, t => Assert.NotNull(t.ProtocolTool.OutputSchema));
    }

    [Theory]
    [InlineData("lookup_error", "matches")]
    [InlineData("get_error_detail", "live_figures")]
    [InlineData("get_error_chain", "leads_to")]
    [InlineData("list_errors_by_domain", "page_size")]
    public async Task Output_schemas_use_the_api_names(string tool, string property)
    {
        var tools = await Client.ListToolsAsync();

        var schema = tools.Single(t => t.Name == tool).ProtocolTool.OutputSchema!.Value;
        Assert.True(schema.GetProperty("properties").TryGetProperty(property, out _), schema.ToString());
    }

    [Fact]
    public async Task Lookup_error_finds_the_seed_entry_with_its_fixes()
    {
        var result = await CallAsync("lookup_error", new() { ["text"] = "##[error]Error: Failed to request OIDC token: 403 Forbidden", ["top"] = 3 });

        Assert.Equal(SeedId, result.Structured.GetProperty("matches")[0].GetProperty("id").GetString());
        Assert.Contains(SeedId, result.Text, StringComparison.Ordinal);
        Assert.Contains("Dead end", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_error_abstains_on_unknown_text()
    {
        var result = await CallAsync("lookup_error", new() { ["text"] = "the quick brown fox jumps over the lazy dog" });

        Assert.Equal(0, result.Structured.GetProperty("matches").GetArrayLength());
        Assert.Contains("No known entry", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_error_without_text_is_a_tool_error()
    {
        var result = await Client.CallToolAsync("lookup_error", new Dictionary<string, object?> { ["text"] = " " });

        Assert.True(result.IsError);
        Assert.Contains("text is required", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_lookup_answers_each_item_in_order()
    {
        var items = new[] { new { text = "GizmoError: gizmo overheated at stage 3" }, new { text = "WidgetError: frobnication failed for widget" } };

        var result = await CallAsync("batch_lookup", new() { ["items"] = items });

        var results = result.Structured.GetProperty("results");
        Assert.Equal("testing/gizmo-overheated", results[0].GetProperty("matches")[0].GetProperty("id").GetString());
        Assert.Equal("testing/widget-frobnication-failed", results[1].GetProperty("matches")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Get_error_detail_returns_the_entry_as_markdown()
    {
        var result = await CallAsync("get_error_detail", new() { ["id"] = SeedId });

        var seed = SignpostFactory.Corpus.Find(SeedId)!;
        Assert.Equal(SeedId, result.Structured.GetProperty("entry").GetProperty("id").GetString());
        Assert.Contains(seed.RootCause, result.Text, StringComparison.Ordinal);
        Assert.Contains(seed.DeadEnds[0].Why, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_error_detail_in_chinese_as_json()
    {
        var result = await CallAsync("get_error_detail", new() { ["id"] = SeedId, ["lang"] = "zh", ["format"] = "json" });

        var zh = SignpostFactory.Corpus.Find(SeedId)!.Translations["zh"];
        var text = JsonDocument.Parse(result.Text).RootElement;
        Assert.Equal("zh", text.GetProperty("lang").GetString());
        Assert.Equal(zh.RootCause, text.GetProperty("entry").GetProperty("root_cause").GetString());
    }

    [Fact]
    public async Task Get_error_detail_of_an_unknown_id_says_how_to_find_one()
    {
        var result = await Client.CallToolAsync("get_error_detail", new Dictionary<string, object?> { ["id"] = "testing/nope" });

        Assert.True(result.IsError);
        Assert.Contains("search_errors", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_errors_finds_by_keywords()
    {
        var result = await CallAsync("search_errors", new() { ["query"] = "sprocket misaligned" });

        Assert.Equal("testing/sprocket-misaligned/linux", result.Structured.GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task List_domains_names_each_domain()
    {
        var result = await CallAsync("list_domains", []);

        Assert.Equal(["policy", "testing"], result.Structured.GetProperty("domains").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task List_errors_by_domain_pages_through_a_domain()
    {
        var result = await CallAsync("list_errors_by_domain", new() { ["domain"] = "testing", ["tag"] = "gizmo" });

        Assert.Equal(1, result.Structured.GetProperty("total").GetInt32());
        Assert.Contains("testing/gizmo-overheated", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_errors_by_an_unknown_domain_is_a_tool_error()
    {
        var result = await Client.CallToolAsync("list_errors_by_domain", new Dictionary<string, object?> { ["domain"] = "nowhere" });

        Assert.True(result.IsError);
        Assert.Contains("list_domains", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_domain_stats_counts_one_domain_or_all()
    {
        var one = await CallAsync("get_domain_stats", new() { ["domain"] = "testing" });
        var all = await CallAsync("get_domain_stats", []);

        Assert.Equal(3, one.Structured.GetProperty("entries").GetInt32());
        Assert.Equal(4, all.Structured.GetProperty("entries").GetInt32());
    }

    [Fact]
    public async Task Get_error_chain_follows_transitions()
    {
        var result = await CallAsync("get_error_chain", new() { ["id"] = "testing/widget-frobnication-failed", ["depth"] = 2 });

        var leadsTo = result.Structured.GetProperty("leads_to").EnumerateArray().Select(l => l.GetProperty("id").GetString());
        Assert.Equal(["testing/gizmo-overheated", "testing/sprocket-misaligned/linux"], leadsTo);
        Assert.Contains("Usually leads to", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_outcome_counts_a_retried_report_once()
    {
        var arguments = new Dictionary<string, object?> { ["entry"] = SeedId, ["workaround"] = 0, ["worked"] = true, ["key"] = "mcp-test-1" };

        var first = await CallAsync("report_outcome", arguments);
        var retry = await CallAsync("report_outcome", arguments);

        Assert.False(first.Structured.GetProperty("duplicate").GetBoolean());
        Assert.True(retry.Structured.GetProperty("duplicate").GetBoolean());
        Assert.Equal(first.Structured.GetProperty("id").GetInt64(), retry.Structured.GetProperty("id").GetInt64());
        Assert.Equal(1, retry.Structured.GetProperty("figures").GetProperty("reports").GetInt64());
    }

    [Fact]
    public async Task Report_outcome_on_a_workaround_the_entry_lacks_is_a_tool_error()
    {
        var result = await Client.CallToolAsync("report_outcome", new Dictionary<string, object?> { ["entry"] = SeedId, ["workaround"] = 99, ["worked"] = false });

        Assert.True(result.IsError);
        Assert.Contains("'workaround' is 99", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_error_stores_a_draft_for_review()
    {
        var result = await CallAsync("submit_error", new()
        {
            ["signature"] = "FrobError: the frobulator jammed",
            ["example"] = "step 3: FrobError: the frobulator jammed",
            ["cause"] = "The frobulator's feed is blocked.",
            ["domain"] = "testing",
            ["workaround"] = "Unjam the frobulator.",
        });

        Assert.Equal("pending", result.Structured.GetProperty("status").GetString());
        Assert.Equal("testing/froberror-the-frobulator-jammed", result.Structured.GetProperty("entry").GetString());
    }

    [Fact]
    public async Task Submit_error_that_fails_validation_says_what_is_wrong()
    {
        var result = await Client.CallToolAsync("submit_error", new Dictionary<string, object?>
        {
            ["signature"] = "FrobError: the frobulator jammed",
            ["example"] = "an example that does not show the error",
            ["cause"] = "The frobulator's feed is blocked.",
        });

        Assert.True(result.IsError);
        Assert.Contains("$.examples", Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entries_are_resources()
    {
        var templates = await Client.ListResourceTemplatesAsync();
        var resource = await Client.ReadResourceAsync("signpost://entries/testing/sprocket-misaligned/linux");

        Assert.Contains(templates, t => t.UriTemplate.StartsWith("signpost://entries/", StringComparison.Ordinal));
        var text = Assert.IsType<TextResourceContents>(Assert.Single(resource.Contents));
        Assert.Contains("SprocketError: sprocket misaligned on linux", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Triage_prompt_attaches_the_known_entries_for_the_log()
    {
        var prompt = await Client.GetPromptAsync("triage_log", new Dictionary<string, object?> { ["log"] = "step 4\nError: Failed to request OIDC token: 403 Forbidden\n" });

        var message = Assert.Single(prompt.Messages);
        Assert.Contains(SeedId, Assert.IsType<TextContentBlock>(message.Content).Text, StringComparison.Ordinal);
    }

    protected async Task<(JsonElement Structured, string Text)> CallAsync(string tool, Dictionary<string, object?> arguments)
    {
        var result = await Client.CallToolAsync(tool, arguments);
        Assert.True(result.IsError is not true, Text(result));
        Assert.NotNull(result.StructuredContent);
        return (result.StructuredContent.Value, Text(result));
    }

    protected static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(c => c.Text));
}
