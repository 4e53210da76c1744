namespace Signpost.Matching;

/// <summary>
/// How much of a pattern's match the pattern spelled out: the characters of the match covered by
/// the pattern's own words. A gap such as <c>.*</c> can swallow a long stretch of unrelated text;
/// that stretch says nothing about the entry, so it does not make the match more specific.
/// </summary>
internal static class HitSpecificity
{
    /// <summary>Separators up to this long between two covered words count as covered.</summary>
    private const int Joint = 2;

    public static int Chars(LogView log, PatternHit hit)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(hit);
        // The lowercased copy of the line: the pattern's words are lowercase, so an ordinal search finds them.
        var length = log.Lines[hit.LineIndex].Raw.Length;
        var start = Math.Clamp(hit.Start, 0, length);
        var match = log.Lowered.AsSpan(log.Offset(hit.LineIndex) + start, Math.Clamp(hit.Length, 0, length - start));
        Span<bool> covered = match.Length <= 1024 ? stackalloc bool[match.Length] : new bool[match.Length];
        // Each word counts once: a word repeated along the gap spells out nothing new.
        foreach (var word in hit.Pattern.Words)
        {
            var at = match.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                covered.Slice(at, word.Length).Fill(true);
            }
        }
        var count = 0;
        var lastCovered = -1;
        for (var i = 0; i < covered.Length; i++)
        {
            if (!covered[i])
            {
                continue;
            }
            var gap = i - lastCovered - 1;
            count += 1 + (lastCovered >= 0 && gap <= Joint ? gap : 0);
            lastCovered = i;
        }
        return count;
    }
}
