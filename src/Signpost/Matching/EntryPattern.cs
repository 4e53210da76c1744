using System.Text.RegularExpressions;
using Signpost.Canons;

namespace Signpost.Matching;

/// <summary>
/// One entry's pattern, prepared on first use: most patterns of a large corpus never run, so
/// building the index does not pay for them. Most run on <see cref="AsciiPattern"/>; the rest, and
/// lines it cannot read, on a regex whose engine <see cref="PatternCompiler"/> picks: the
/// non-backtracking one for patterns that could backtrack exponentially, else the bounded interpreter.
/// </summary>
internal sealed class EntryPattern(int entry, string source)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(10);
    private AsciiPattern? _ascii;
    private Regex? _regex;
    private bool _broken;
    private bool _prepared;

    public int Entry { get; } = entry;

    public string Source { get; } = source;

    /// <summary>The pattern's literal words (runs of two or more letters or digits outside regex syntax), lowercased.</summary>
    public string[] Words => field ??= PatternWords.Of(Source);

    /// <summary>Where the pattern first matches the line; null when it does not, or ran out of time.</summary>
    public (int Index, int Length)? Run(string line)
    {
        Prepare();
        if (_ascii is not null && _ascii.TryMatch(line, out var answer))
        {
            return answer;
        }
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

    /// <summary>Reads the start of the pattern's program, when it has one (see <see cref="Matching.ReadAhead"/>).</summary>
    public int ReadAhead() => _ascii?.ReadAhead() ?? 0;

    /// <summary>True once <see cref="Prepare"/> has run.</summary>
    public bool IsPrepared => _prepared;

    /// <summary>
    /// Reads the pattern for <see cref="AsciiPattern"/>, or compiles its regex when it leaves that
    /// matcher's syntax or could backtrack exponentially; the first run does it otherwise.
    /// </summary>
    public void Prepare()
    {
        if (_prepared)
        {
            return;
        }
        _ascii = BacktrackingRisk.IsNested(Source) ? null : AsciiPattern.TryRead(Source);
        if (_ascii is null)
        {
            Compile();
        }
        _prepared = true;
    }

    /// <summary>Compiles the regex if it has not been yet.</summary>
    private Regex? Compile()
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
