namespace Signpost.Matching;

/// <summary>
/// Splits text into lowercase word tokens for the token index: runs of letters and digits,
/// camelCase and snake_case split into their parts as well, filler words and bare numbers dropped.
/// </summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "an", "to", "of", "in", "is", "are", "was", "be", "been", "for", "on", "and", "or", "with", "by",
        "at", "as", "it", "its", "this", "that", "from", "you", "your", "we", "our", "if", "then", "so", "but",
        "has", "have", "had", "will", "can", "do", "does", "did", "which", "when", "there", "their", "into", "than",
        "any", "all", "some", "one", "see", "use", "using", "used", "may", "might", "should", "would", "could",
        "please", "more", "also", "such", "these", "those", "they", "them", "what", "where", "how", "why",
    };

    public static void Tokens(ReadOnlySpan<char> text, List<string> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }
            AddWord(text[start..i], into);
        }
    }

    public static List<string> Tokens(string text)
    {
        var list = new List<string>();
        Tokens(text.AsSpan(), list);
        return list;
    }

    private static void AddWord(ReadOnlySpan<char> word, List<string> into)
    {
        var whole = word.ToString().ToLowerInvariant().Trim('_');
        if (!Keep(whole))
        {
            return;
        }
        into.Add(whole);
        var start = 0;
        for (var k = 1; k <= word.Length; k++)
        {
            if (k == word.Length || word[k] == '_' || IsCamelBoundary(word, k))
            {
                var part = word[start..k].ToString().ToLowerInvariant().Trim('_');
                if (part.Length > 0 && part.Length < whole.Length && Keep(part))
                {
                    into.Add(part);
                }
                start = k;
            }
        }
    }

    private static bool IsCamelBoundary(ReadOnlySpan<char> word, int k) =>
        char.IsUpper(word[k]) && (char.IsLower(word[k - 1]) || (k + 1 < word.Length && char.IsLower(word[k + 1]) && char.IsUpper(word[k - 1])));

    private static bool Keep(string token)
    {
        if (token.Length < 2 || token.Length > 40 || Filler.Contains(token))
        {
            return false;
        }
        var digits = 0;
        foreach (var c in token)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
        }
        // Bare numbers are volatile (line numbers, sizes) except three-digit codes such as 403 or 137.
        return digits < token.Length || token.Length == 3;
    }
}
