using System.Text.RegularExpressions;
using Signpost.Canons;

namespace Signpost.Matching;

/// <summary>
/// One entry's pattern, compiled on first use: most patterns of a large corpus never run, so
/// building the index does not pay for them. <see cref="PatternCompiler"/> picks the engine: the
/// non-backtracking one for patterns that could backtrack exponentially, else the bounded interpreter.
/// </summary>
internal sealed class EntryPattern(int entry, string source)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(10);
    private Regex? _regex;
    private bool _broken;

    public int Entry { get; } = entry;

    public string Source { get; } = source;

    /// <summary>Where the pattern first matches the line; null when it does not, or ran out of time.</summary>
    public (int Index, int Length)? Run(string line)
    {
        var regex = _regex ?? Compile();
        if (regex is null)
        {
            return null;
        }
        try
        {
            // Enumerating yields the span without building a Match and its groups.
            foreach (var match in regex.EnumerateMatches(line))
            {
                return (match.Index, match.Length);
            }
            return null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private Regex? Compile()
    {
        if (_broken)
        {
            return null;
        }
        _regex = PatternCompiler.TryCompile(Source, Timeout).Regex;
        _broken = _regex is null;
        return _regex;
    }
}
