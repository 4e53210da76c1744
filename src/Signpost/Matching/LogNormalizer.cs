using System.Text.RegularExpressions;

namespace Signpost.Matching;

/// <summary>
/// Turns raw text into log lines: keeps the last MiB, strips ANSI codes, carriage returns,
/// timestamps and log prefixes, and marks the lines that carry errors and the stack frames.
/// </summary>
internal static partial class LogNormalizer
{
    /// <summary>Longest input read; a longer one keeps its tail, where failures usually end.</summary>
    public const int MaxChars = 1 << 20;

    private const int MaxPrefixes = 4;

    /// <summary>Most lines read, from the end: a failure shows in a log's last few thousand lines.</summary>
    public const int MaxLines = 4000;

    /// <summary>Most characters read of one line: a line longer than this (a minified file, a dump) is read for its start.</summary>
    public const int MaxLineChars = 1 << 16;

    public static List<LogLine> Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cut = Math.Max(0, text.Length - MaxChars);
        var end = text.Length;
        for (var kept = 0; kept < MaxLines && end > cut; kept++)
        {
            end = text.LastIndexOf('\n', end - 1, end - cut);
            if (end < 0)
            {
                end = cut;
                break;
            }
        }
        cut = Math.Max(cut, end);
        var skipped = text.AsSpan(0, cut).Count('\n');
        if (cut > 0)
        {
            text = text[cut..];
        }
        if (text.Contains('\u001b', StringComparison.Ordinal))
        {
            text = Ansi().Replace(text, "");
        }
        var lines = new List<LogLine>();
        var number = skipped;
        var afterFrame = false;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            number++;
            var segment = LastCarriageSegment(text.AsSpan(range));
            segment = segment[..Math.Min(segment.Length, MaxLineChars)];
            if (segment.IsWhiteSpace())
            {
                continue;
            }
            var raw = segment.ToString();
            var (start, length) = CleanRange(raw);
            var clean = raw.AsSpan(start, length);
            var kind = Classify(clean);
            if (kind == LineKind.Plain && start > 0 && ErrorPrefix().IsMatch(raw.AsSpan(0, start)))
            {
                kind = LineKind.Error;
            }
            // The indented line under a frame is that frame's source code, not an error message.
            if (afterFrame && kind != LineKind.Frame && raw.Length > 0 && char.IsWhiteSpace(raw[0]))
            {
                kind = LineKind.Frame;
            }
            afterFrame = kind == LineKind.Frame && clean.StartsWith("File ", StringComparison.Ordinal);
            lines.Add(new LogLine(number, raw, start, length, kind));
        }
        return lines;
    }

    /// <summary>A terminal shows only what follows the last carriage return (progress bars).</summary>
    private static ReadOnlySpan<char> LastCarriageSegment(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd('\r');
        var cr = trimmed.LastIndexOf('\r');
        return cr < 0 ? trimmed : trimmed[(cr + 1)..];
    }

    internal static string StripPrefixes(string line)
    {
        var (start, length) = CleanRange(line);
        return length == line.Length ? line : line.Substring(start, length);
    }

    /// <summary>Where the message starts and how long it is, once timestamps and log prefixes are stripped and the rest trimmed.</summary>
    internal static (int Start, int Length) CleanRange(string line)
    {
        var current = line.AsSpan();
        for (var i = 0; i < MaxPrefixes && MayStartWithPrefix(current); i++)
        {
            var length = 0;
            foreach (var match in Prefix().EnumerateMatches(current))
            {
                length = match.Length;
                break;
            }
            if (length == 0)
            {
                break;
            }
            current = current[length..];
        }
        var trimmedStart = current.TrimStart();
        var message = trimmedStart.TrimEnd();
        return (line.Length - trimmedStart.Length, message.Length);
    }

    private static readonly string[] WordPrefixes =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "INFO", "WARN", "DEBUG", "TRACE", "NOTICE", "npm", "pnpm", "yarn"];

    /// <summary>
    /// A cheap test that passes every line <see cref="Prefix"/> can match, so that most message lines
    /// skip it: each of its forms starts, after at most 8 spaces, with a digit, '[', '#', ':' or a box
    /// character, or with a word that is a month, a level or a package manager, or a letter and '/', or holds '|'.
    /// </summary>
    private static bool MayStartWithPrefix(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.Length == 0 || line.Length - trimmed.Length > 8)
        {
            return false;
        }
        var c = trimmed[0];
        if (char.IsDigit(c) || c is '[' or '#' or ':' || c is >= '\u2500' and <= '\u257F')
        {
            return true;
        }
        if (!char.IsLetter(c) && c is not ('_' or '.' or '-'))
        {
            return false;
        }
        if (trimmed[..Math.Min(trimmed.Length, 96)].Contains('|') || (trimmed.Length > 1 && trimmed[1] == '/'))
        {
            return true;
        }
        foreach (var word in WordPrefixes)
        {
            if (trimmed.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    internal static LineKind Classify(ReadOnlySpan<char> line)
    {
        var start = line.TrimStart();
        if (start.Length > 0 && start[0] is 'a' or 'A' or 'F' or '.' or '#' && Frame().IsMatch(line))
        {
            return LineKind.Frame;
        }
        return ErrorWords.In(line) ? LineKind.Error : LineKind.Plain;
    }

    [GeneratedRegex(@"err|fatal|crit|emerg|\bE/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorPrefix();

    [GeneratedRegex(@"\x1B(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1B]{0,512}(?:\x07|\x1B\\)|[@-Z\\-_])")]
    private static partial Regex Ansi();

    [GeneratedRegex("""
        ^\s{0,8}(?:
          \d{4}-\d\d-\d\d[T\x20]\d\d:\d\d(?::\d\d)?(?:[.,]\d{1,9})?(?:Z|\x20?[+-]\d\d:?\d\d|\x20?UTC)?\s*
        | \[\d{4}-\d\d-\d\d[T\x20][^\]]{1,40}\]\s*
        | \[?\d\d?-[A-Za-z]{3}-\d{4}\x20\d\d:\d\d:\d\d(?:\x20\w+)?\]?\s*
        | \[?\d\d:\d\d:\d\d(?:[.,]\d{1,9})?\]?\s+
        | (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\x20{1,2}\d\d?\x20\d\d:\d\d:\d\d\x20(?:[\w.-]+\x20[\w./-]+(?:\[\d+\])?:\x20)?
        | \#\#\[[a-z]+\]
        | ::(?:error|warning|notice|debug)[^:]{0,200}::
        | \[(?:INFO|WARN|WARNING|ERROR|ERR|DEBUG|TRACE|FATAL|CRITICAL|NOTICE|SEVERE|[EWIDF])\]:?\s*
        | (?:INFO|WARN|WARNING|DEBUG|TRACE|NOTICE)(?::|\s)\s*
        | (?:npm|pnpm|yarn)\x20(?:ERR!|error|warn|WARN|notice)\s*
        | \#\d{1,4}\x20\d+\.\d+\x20
        | [VDIWEF]/[\w.$-]{1,40}\s*\(\s*\d+\):\s?
        | [\w.-]{1,60}\s{1,20}\|\x20
        | \[\d+/\d+\]\s
        | [│┃║╷╵╎╏]\x20?
        )
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex("""^\s*(?:at\s+[\w$.<>\[\]/:@-]+|File\s+"[^"]*",\s+line\s+\d+|\.\.\.\s*\d+\s+more|\#\d+\s+0x[0-9a-f]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Frame();
}
