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

    /// <summary>The pattern's literal words (runs of two or more letters or digits outside regex syntax), lowercased.</summary>
    public string[] Words => field ??= PatternWords.Of(Source);

    /// <summary>Where the pattern first matches the line; null when it does not, or ran out of time.</summary>
    public (int Index, int Length)? Run(string line)
    {
        var regex = Compile();
        if (regex is null)
        {
            return null;
        }
        // A first run can time out for reasons that are not the pattern's: the engine's code being
        // compiled, the thread waiting for a core. One retry tells those apart from a pattern that is slow.
        return TryRun(regex, line, out var found) || TryRun(regex, line, out found) ? found : null;
    }

    private static bool TryRun(Regex regex, string line, out (int Index, int Length)? found)
    {
        found = null;
        try
        {
            // Enumerating yields the span without building a Match and its groups.
            foreach (var match in regex.EnumerateMatches(line))
            {
                found = (match.Index, match.Length);
                break;
            }
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>True once <see cref="Compile"/> has run (whether or not the pattern compiled).</summary>
    public bool IsCompiled => _regex is not null || _broken;

    /// <summary>Compiles the pattern if it has not been yet; the first run does it otherwise.</summary>
    public Regex? Compile()
    {
        if (_regex is not null)
        {
            return _regex;
        }
        if (_broken)
        {
            return null;
        }
        _regex = PatternCompiler.TryCompile(Source, Timeout).Regex;
        _broken = _regex is null;
        return _regex;
    }
}
