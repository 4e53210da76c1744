using System.Security.Cryptography;
using System.Text;

namespace Signpost.Submissions;

/// <summary>
/// Reviewer keys: 256 random bits, shown once, stored only as a SHA-256 hash (a key this long
/// needs no slow hash; the hash keeps a copied database from granting review rights).
/// </summary>
public static class ReviewerKeys
{
    public const string Prefix = "spk_";

    public static string NewKey() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim())));
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
