using System.Text.RegularExpressions;

namespace Signpost.Rates;

/// <summary>
/// Takes secrets, tokens, e-mail addresses and home folders out of a report's note before it is
/// stored: notes are free text pasted from terminals, and they are shown to others.
/// </summary>
public static partial class NoteRedactor
{
    public const int MaxLength = 1000;

    public static string Redact(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var text = PrivateKey().Replace(note, "[secret]");
        text = UrlCredentials().Replace(text, "://[credentials]@");
        text = BearerToken().Replace(text, "Bearer [token]");
        text = KnownToken().Replace(text, "[token]");
        text = JsonWebToken().Replace(text, "[token]");
        text = SecretAssignment().Replace(text, "${name}${sep}[secret]");
        text = Email().Replace(text, "[email]");
        return HomeFolder().Replace(text, "~");
    }

    [GeneratedRegex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)", RegexOptions.None, 200)]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"://[^/\s:@]+:[^/\s@]+@", RegexOptions.None, 200)]
    private static partial Regex UrlCredentials();

    [GeneratedRegex(@"\bbearer\s+[A-Za-z0-9._~+/=-]{8,}", RegexOptions.IgnoreCase, 200)]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|sk-[A-Za-z0-9_-]{20,}|(AKIA|ASIA)[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{35}|npm_[A-Za-z0-9]{36})", RegexOptions.None, 200)]
    private static partial Regex KnownToken();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}", RegexOptions.None, 200)]
    private static partial Regex JsonWebToken();

    [GeneratedRegex(@"(?<name>\b[A-Za-z0-9_.-]*(password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key)[A-Za-z0-9_]*[""']?)(?<sep>\s*[:=]\s*)(""[^""]*""|'[^']*'|[^\s,;]+)", RegexOptions.IgnoreCase, 200)]
    private static partial Regex SecretAssignment();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.None, 200)]
    private static partial Regex Email();

    [GeneratedRegex(@"(/home/[^/\s]+|/Users/[^/\s]+|[A-Za-z]:\\Users\\[^\\\s]+|/root(?=[/\s]|$))", RegexOptions.None, 200)]
    private static partial Regex HomeFolder();
}
