using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Signpost.Web.Pages;

/// <summary>
/// The stylesheet, script and icon from <c>wwwroot</c>, embedded in the assembly and served under
/// names that carry a hash of their content, so they can be cached forever and exported as they are.
/// </summary>
internal static class SiteAssets
{
    public static readonly FrozenDictionary<string, Asset> ByPath = Load().ToFrozenDictionary(a => a.SitePath, StringComparer.Ordinal);

    public static string Css => Named("site.css");

    public static string Script => Named("site.js");

    public static string Icon => Named("icon.svg");

    private static string Named(string name) => ByPath.Values.Single(a => a.Name == name).SitePath;

    private static IEnumerable<Asset> Load()
    {
        var assembly = typeof(SiteAssets).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var name = resource["wwwroot/".Length..];
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var extension = Path.GetExtension(name);
            yield return new Asset(name, $"/assets/{Path.GetFileNameWithoutExtension(name)}.{hash}{extension}", bytes, ContentType(extension));
        }
    }

    private static string ContentType(string extension) => extension switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    /// <summary>One embedded file and the hashed path it is served at.</summary>
    internal sealed record Asset(string Name, string SitePath, byte[] Bytes, string ContentType);
}
