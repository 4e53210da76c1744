using System.Text.RegularExpressions;

namespace Signpost.Matching;

/// <summary>
/// The product versions known for a lookup: those the caller passed (<c>--env node=20.11.0</c>)
/// and those the text names ("Python 3.11", "node v20.1.0", "python3.11/site-packages").
/// Keys are product names folded to letters and digits, with common aliases joined.
/// </summary>
internal static partial class VersionMentions
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["cpython"] = "python",
        ["py"] = "python",
        ["python3"] = "python",
        ["jdk"] = "java",
        ["jre"] = "java",
        ["openjdk"] = "java",
        ["nodejs"] = "node",
        ["k8s"] = "kubernetes",
        ["kubectl"] = "kubernetes",
        ["torch"] = "pytorch",
        ["tf"] = "tensorflow",
        ["golang"] = "go",
        ["rustc"] = "rust",
        ["tsc"] = "typescript",
        ["dockerengine"] = "docker",
        ["postgres"] = "postgresql",
        ["psql"] = "postgresql",
    };

    public static Dictionary<string, (string Version, bool Stated)> Find(LogView log, IReadOnlyDictionary<string, string> env)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(env);
        var found = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        foreach (Match match in Mention().Matches(log.Joined.Length > 65536 ? log.Joined[^65536..] : log.Joined))
        {
            found.TryAdd(Product(match.Groups["p"].Value), (match.Groups["v"].Value, false));
        }
        foreach (var (key, value) in env)
        {
            found[Product(key)] = (value, true);
        }
        return found;
    }

    public static string Product(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = new string([.. name.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
        return Aliases.GetValueOrDefault(folded, folded);
    }

    [GeneratedRegex(@"\b(?<p>[A-Za-z][A-Za-z.+-]{1,20}?)(?:\s+version)?[\s/:@-]?v?(?<v>\d+\.\d+(?:\.\d+){0,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}
