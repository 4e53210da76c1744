using System.Text.RegularExpressions;
using Signpost.Canons;

namespace Signpost.Matching;

/// <summary>
/// One entry's pattern, compiled on first use: most patterns of a large corpus never run, so
/// building the index does not pay for them. Runs on the non-backtracking engine, or with a
/// timeout when the pattern needs constructs that engine lacks.
/// </summary>
internal sealed class EntryPattern(int entry, string source)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(10);
    private Regex? _regex;
    private bool _broken;

    public int Entry { get; } = entry;

    public string Source { get; } = source;

    public System.Text.RegularExpressions.Match? Run(string line)
    {
        var regex = _regex ?? Compile();
        if (regex is null)
        {
            return null;
        }
        try
        {
            // IsMatch needs only the forward pass; most patterns tried do not match.
            if (!regex.IsMatch(line))
            {
                return null;
            }
            var match = regex.Match(line);
            return match.Success ? match : null;
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
