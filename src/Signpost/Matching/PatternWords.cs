using System.Text.RegularExpressions;

namespace Signpost.Matching;

/// <summary>The plain words of a regular expression: its text with escapes, groups, classes and quantifiers blanked out.</summary>
internal static partial class PatternWords
{
    /// <summary>The pattern with its syntax replaced by spaces.</summary>
    public static string Plain(string pattern) => RegexSyntax().Blank(pattern, " ");

    /// <summary>The distinct runs of two or more letters or digits left once the syntax is blanked out, lowercased.</summary>
    public static string[] Of(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return [.. Word().Matches(Plain(pattern)).Select(m => m.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"\\[a-zA-Z]|\(\?[:<!=P]?|[\[\]().*+?{}|^$]")]
    private static partial Regex RegexSyntax();

    [GeneratedRegex(@"[\p{L}\p{N}]{2,}")]
    private static partial Regex Word();
}
