namespace Signpost.Matching;

/// <summary>
/// Splits text into lowercase word tokens for the token index: runs of letters and digits,
/// camelCase and snake_case split into their parts as well, filler words and bare numbers dropped.
/// Tokens are handed out as spans over one buffer, so a lookup allocates no strings for them.
/// </summary>
internal static class Tokenizer
{
    private const int MaxLength = 40;

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "an", "to", "of", "in", "is", "are", "was", "be", "been", "for", "on", "and", "or", "with", "by",
        "at", "as", "it", "its", "this", "that", "from", "you", "your", "we", "our", "if", "then", "so", "but",
        "has", "have", "had", "will", "can", "do", "does", "did", "which", "when", "there", "their", "into", "than",
        "any", "all", "some", "one", "see", "use", "using", "used", "may", "might", "should", "would", "could",
        "please", "more", "also", "such", "these", "those", "they", "them", "what", "where", "how", "why",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerSpan = Filler.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestFiller = Filler.Max(w => w.Length);

    /// <summary>Receives one token, lowercased; the span is valid only during the call.</summary>
    public delegate void TokenAction<TState>(ref TState state, ReadOnlySpan<char> token);

    public static void Each<TState>(ReadOnlySpan<char> text, ref TState state, TokenAction<TState> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Span<char> lower = stackalloc char[MaxLength];
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
            var word = text[start..i].Trim('_');
            if (word.Length <= MaxLength)
            {
                // ASCII words, nearly all of a log, lowercase on the vectorized path.
                if (System.Text.Ascii.ToLower(word, lower, out _) != System.Buffers.OperationStatus.Done)
                {
                    word.ToLowerInvariant(lower);
                }
                Word(word, lower[..word.Length], ref state, action);
            }
        }
    }

    public static List<string> Tokens(string text)
    {
        var list = new List<string>();
        Each(text, ref list, static (ref l, token) => l.Add(token.ToString()));
        return list;
    }

    private static void Word<TState>(ReadOnlySpan<char> word, ReadOnlySpan<char> lower, ref TState state, TokenAction<TState> action)
    {
        if (!Keep(lower))
        {
            return;
        }
        action(ref state, lower);
        var start = 0;
        for (var k = 1; k <= word.Length; k++)
        {
            if (k == word.Length || word[k] == '_' || IsCamelBoundary(word, k))
            {
                var part = lower[start..k].Trim('_');
                if (part.Length > 0 && part.Length < lower.Length && Keep(part))
                {
                    action(ref state, part);
                }
                start = k;
            }
        }
    }

    private static bool IsCamelBoundary(ReadOnlySpan<char> word, int k) =>
        char.IsUpper(word[k]) && (char.IsLower(word[k - 1]) || (k + 1 < word.Length && char.IsLower(word[k + 1]) && char.IsUpper(word[k - 1])));

    private static bool Keep(ReadOnlySpan<char> token)
    {
        if (token.Length < 2 || (token.Length <= LongestFiller && FillerSpan.Contains(token)))
        {
            return false;
        }
        // Bare numbers are volatile (line numbers, sizes) except three-digit codes such as 403 or 137.
        return token.Length == 3 || token.ContainsAnyExceptInRange('0', '9');
    }
}
