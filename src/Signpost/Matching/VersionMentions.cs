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
        var known = found.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = log.Joined.AsSpan(Math.Max(0, log.Joined.Length - 65536));
        Span<char> folded = stackalloc char[MaxProduct];
        foreach (var match in Number().EnumerateMatches(text))
        {
            var product = Fold(ProductBefore(text, match.Index), folded);
            if (product.Length < 2)
            {
                continue;
            }
            var key = AliasesBySpan.TryGetValue(product, out var alias) ? alias.AsSpan() : product;
            // The first mention of a product counts, as a reader would take it.
            if (!known.ContainsKey(key))
            {
                found[key.ToString()] = (text.Slice(match.Index, match.Length).ToString(), false);
            }
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
        var folded = Fold(name, name.Length <= MaxProduct ? stackalloc char[MaxProduct] : new char[name.Length]);
        return AliasesBySpan.TryGetValue(folded, out var alias) ? alias : folded.ToString();
    }

    /// <summary>Longest product name read before a version (see <see cref="ProductBefore"/>).</summary>
    private const int MaxProduct = 24;

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AliasesBySpan = Aliases.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The name lowercased, letters and digits only, as <see cref="Product"/> folds it, into a buffer.</summary>
    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> name, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) && length < buffer.Length)
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }
        return buffer[..length];
    }

    /// <summary>The word right before a version number: "Python 3.11", "node v20.1.0", "cmake version 3.28", "python3.11".</summary>
    private static ReadOnlySpan<char> ProductBefore(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        if (end > 0 && text[end - 1] is 'v' or 'V')
        {
            end--;
        }
        if (end > 0 && text[end - 1] is ' ' or '/' or ':' or '@' or '-' or '=')
        {
            end--;
        }
        if (end >= 8 && text.Slice(end - 8, 8).Equals(" version", StringComparison.OrdinalIgnoreCase))
        {
            end -= 8;
        }
        var start = end;
        while (start > 0 && end - start < 20 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] is '.' or '+' or '-' or '_'))
        {
            start--;
        }
        return start < end && char.IsAsciiLetter(text[start]) ? text[start..end] : [];
    }

    [GeneratedRegex(@"\d+\.\d+(?:\.\d+){0,2}", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
