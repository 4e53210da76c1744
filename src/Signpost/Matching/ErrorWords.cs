using System.Buffers;

namespace Signpost.Matching;

/// <summary>
/// Tells whether a line speaks of a failure: one vectorized multi-string search for the words
/// logs use for errors ("error", "failed", "denied", "cannot", "exit code" ...), case ignored.
/// </summary>
internal static class ErrorWords
{
    private static readonly SearchValues<string> Words = SearchValues.Create(
    [
        "error", "exception", "fail", "fatal", "panic", "traceback", "denied", "refused", "cannot", "can't", "can not",
        "couldn't", "could not", "unable", "not found", "no such", "invalid", "undefined", "unexpected", "missing",
        "timeout", "timed out", "abort", "killed", "segmentation", "violation", "forbidden", "unauthorized", "conflict",
        "exceeded", "errno", "emerg", "crit", "rejected", "unsupported", "incompatible", "mismatch", "overflow",
        "warning", "deprecated", "assert", "non-zero", "nonzero", "not allowed", "is not", "does not", "did not",
        "didn't", "doesn't", "isn't", "exit code", "exit status", "err!", "err:", "err_", "[err", "unhandled",
        "oomkilled", "backoff", "unhealthy", "no space", "out of memory", "too many", "not permitted", "bad ",
    ], StringComparison.OrdinalIgnoreCase);

    public static bool In(ReadOnlySpan<char> line) => line.IndexOfAny(Words) >= 0;
}
