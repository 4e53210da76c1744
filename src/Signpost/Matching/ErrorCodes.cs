using System.Text.RegularExpressions;

namespace Signpost.Matching;

/// <summary>
/// Finds error codes in text: compiler and tool codes (CS0246, TS2322, E0502, NETSDK1045),
/// errno names (ENOSPC), exception classes, HTTP statuses, exit codes, errno numbers and signals.
/// Each code is returned with its family so that two different codes of one family can be told apart.
/// </summary>
internal static partial class ErrorCodes
{
    public static List<ErrorCode> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var codes = new List<ErrorCode>();
        foreach (var match in Code().EnumerateMatches(text))
        {
            var value = text.Substring(match.Index, match.Length);
            if (Classify(value) is { } code && !codes.Contains(code))
            {
                codes.Add(code);
            }
        }
        // Every numbered code holds a digit; most one-line errors have none worth the long pattern.
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return codes;
        }
        foreach (Match match in Numbered().Matches(text))
        {
            var family = match.Groups["http"].Success ? "http" : match.Groups["exit"].Success ? "exit" : "errno";
            var number = match.Groups["n"].Value;
            var code = new ErrorCode(family, family + number);
            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }
        return codes;
    }

    /// <summary>
    /// The exception class names in a text as written, with their package when qualified
    /// (<c>java.io.IOException</c>), so the words of a name can be told from the words of a message.
    /// </summary>
    public static IEnumerable<(string Code, string Name)> ClassNames(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in Code().Matches(text))
        {
            if (Classify(match.Value) is { Family: "exception" } code)
            {
                var start = match.Index;
                while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '_'))
                {
                    start--;
                }
                yield return (code.Value, text[start..(match.Index + match.Length)]);
            }
        }
    }

    private static ErrorCode? Classify(string value)
    {
        if (value.EndsWith("Error", StringComparison.Ordinal) || value.EndsWith("Exception", StringComparison.Ordinal))
        {
            return new ErrorCode("exception", value.ToUpperInvariant());
        }
        if (value.StartsWith("SIG", StringComparison.Ordinal))
        {
            return new ErrorCode("signal", value);
        }
        if (ErrnoNames.Contains(value))
        {
            return new ErrorCode("errno-name", value);
        }
        var letters = value.TakeWhile(char.IsLetter).Count();
        return letters == value.Length || value.Contains('_', StringComparison.Ordinal)
            ? null
            : new ErrorCode(value[..letters], value.Replace("-", "", StringComparison.Ordinal));
    }

    private static readonly HashSet<string> ErrnoNames = new(StringComparer.Ordinal)
    {
        "EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "ENXIO", "E2BIG", "ENOEXEC", "EBADF", "ECHILD", "EAGAIN",
        "ENOMEM", "EACCES", "EFAULT", "EBUSY", "EEXIST", "EXDEV", "ENODEV", "ENOTDIR", "EISDIR", "EINVAL",
        "ENFILE", "EMFILE", "ENOTTY", "ETXTBSY", "EFBIG", "ENOSPC", "ESPIPE", "EROFS", "EMLINK", "EPIPE",
        "EDOM", "ERANGE", "EDEADLK", "ENAMETOOLONG", "ENOLCK", "ENOSYS", "ENOTEMPTY", "ELOOP", "EWOULDBLOCK",
        "EADDRINUSE", "EADDRNOTAVAIL", "ENETDOWN", "ENETUNREACH", "ECONNABORTED", "ECONNRESET", "ENOBUFS",
        "EISCONN", "ENOTCONN", "ETIMEDOUT", "ECONNREFUSED", "EHOSTDOWN", "EHOSTUNREACH", "EALREADY",
        "EINPROGRESS", "ESTALE", "EDQUOT", "ECANCELED", "EPROTO", "ENOTSUP", "EOPNOTSUPP", "ELIFECYCLE",
        "ERESOLVE", "EINTEGRITY", "ENOTFOUND", "EAI_AGAIN", "ENOAUDIT", "EUNSUPPORTEDPROTOCOL", "EBADENGINE",
    };

    [GeneratedRegex(@"\b(?:[A-Z]{1,10}-?\d{3,7}|E[A-Z0-9_]{2,24}|SIG[A-Z]{2,6}|[A-Z][A-Za-z0-9]*?(?:Error|Exception))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    [GeneratedRegex(@"(?:\b(?:HTTP(?:/[\d.]+)?|status(?:\s+code)?|response(?:\s+code)?|returned)[\s:=]+(?<http>)(?<n>[1-5]\d\d)\b|\b(?<http>)(?<n>[45]\d\d)\s+(?:Forbidden|Not\s+Found|Unauthorized|Bad\s+Request|Too\s+Many\s+Requests|Internal\s+Server\s+Error|Service\s+Unavailable|Bad\s+Gateway|Gateway\s+Time-?out|Conflict|Precondition\s+Failed|Payload\s+Too\s+Large|Request\s+Entity\s+Too\s+Large|Method\s+Not\s+Allowed|Unprocessable)|\bexit(?:ed)?(?:\s+with)?\s+(?:code|status)[\s:=]+(?<exit>)(?<n>\d{1,3})\b|\bexit\s+(?<exit>)(?<n>\d{1,3})\b|\berrno[\s:=]*(?<n>\d{1,3})\b|\[Errno\s+(?<n>\d{1,3})\])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
