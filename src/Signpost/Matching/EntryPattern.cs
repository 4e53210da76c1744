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

    private string[][]? _requirements;

    private string[][][]? _branches;

    public int Entry { get; } = entry;

    /// <summary>
    /// False when the line (lowercased) cannot hold a match: it lacks every literal of one of the
    /// sets the pattern requires, or, for a pattern of several alternatives, every alternative
    /// lacks one of its own. Read from the pattern on first use.
    /// </summary>
    public bool MayMatch(ReadOnlySpan<char> lowered)
    {
        if (!Holds(_requirements ??= [.. LiteralExtractor.Requirements(Source)], lowered))
        {
            return false;
        }
        var branches = _branches ??= BranchRequirements(Source);
        if (branches.Length == 0)
        {
            return true;
        }
        foreach (var branch in branches)
        {
            if (Holds(branch, lowered))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Each top-level alternative's required literal sets; none when there is one alternative or
    /// one of them requires nothing (it could match any line).
    /// </summary>
    private static string[][][] BranchRequirements(string source)
    {
        var branches = LiteralExtractor.Branches(source);
        if (branches.Count < 2)
        {
            return [];
        }
        var required = branches.Select(b => LiteralExtractor.Requirements(b).ToArray()).ToArray();
        return required.Any(r => r.Length == 0) ? [] : required;
    }

    /// <summary>True when the line holds a literal of every set.</summary>
    private static bool Holds(string[][] sets, ReadOnlySpan<char> lowered)
    {
        foreach (var set in sets)
        {
            var any = false;
            foreach (var literal in set)
            {
                if (lowered.Contains(literal, StringComparison.Ordinal))
                {
                    any = true;
                    break;
                }
            }
            if (!any)
            {
                return false;
            }
        }
        return true;
    }

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
