using System.Net;
using System.Text.Json;

namespace Signpost.Web.Tests;

/// <summary>Reads JSON answers in API tests.</summary>
internal static class HttpJson
{
    /// <summary>GETs the URL, checks it answered 200, and parses the body.</summary>
    public static async Task<JsonElement> GetOkJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
