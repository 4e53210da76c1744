using System.Text.RegularExpressions;

namespace Signpost.Matching;

/// <summary>
/// Replaces the parts of a line that change from one occurrence of an error to the next
/// (URLs, paths, GUIDs, hashes, versions, numbers, quoted names) with placeholders.
/// </summary>
internal static partial class VolatileMasker
{
    public static string Mask(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        // Each pass runs only when the line holds the character its pattern cannot do without.
        var masked = line.Contains("://", StringComparison.Ordinal) ? Url().Replace(line, "<url>") : line;
        masked = masked.Contains('-', StringComparison.Ordinal) ? Guid().Replace(masked, "<guid>") : masked;
        masked = masked.AsSpan().ContainsAny('/', '\\') ? Path().Replace(masked, "${lead}<path>") : masked;
        if (!masked.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return masked.AsSpan().ContainsAny('\'', '"', '`') ? Quoted().Replace(masked, "${q}<name>${q}") : masked;
        }
        masked = Hex().Replace(masked, "<hex>");
        masked = masked.AsSpan().ContainsAny('\'', '"', '`') ? Quoted().Replace(masked, "${q}<name>${q}") : masked;
        masked = masked.Contains('.', StringComparison.Ordinal) ? Version().Replace(masked, "<version>") : masked;
        return Number().Replace(masked, "<n>");
    }

    [GeneratedRegex(@"\b(?:https?|ftp|file|wss?)://[^\s""'<>)\]]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Guid();

    [GeneratedRegex(@"(?<lead>^|[\s=:(""'\[])(?:[A-Za-z]:[\\/]|~?/|\.{1,2}/)[^\s""'<>:()\[\]]*(?:[\\/][^\s""'<>:()\[\]]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Path();

    [GeneratedRegex(@"\b(?:0x[0-9a-f]+|(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hex();

    [GeneratedRegex(@"(?<q>['""`])[^'""`\s]{1,80}\k<q>", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\bv?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Version();

    [GeneratedRegex(@"(?<![\w<])\d+(?![\w>])", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
