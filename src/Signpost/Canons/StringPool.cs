namespace Signpost.Canons;

/// <summary>
/// Keeps each distinct string of a corpus load once. Entries repeat many strings (domains,
/// categories, products, statuses, dates, links, sentences shared by sibling entries), and at
/// 100,000 entries the copies are a large part of the loaded corpus. Open for the length of a load
/// on its thread (<see cref="Open"/>); elsewhere <see cref="Intern"/> returns its argument.
/// </summary>
internal sealed class StringPool : IDisposable
{
    [ThreadStatic]
    private static StringPool? _current;

    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly StringPool? _outer;

    private StringPool(StringPool? outer) => _outer = outer;

    /// <summary>Starts pooling the strings read on this thread until the pool is disposed.</summary>
    public static StringPool Open() => _current = new StringPool(_current);

    /// <summary>The pooled copy of <paramref name="text"/> when a pool is open on this thread, else the text itself.</summary>
    public static string Intern(string text)
    {
        if (_current is not { } pool)
        {
            return text;
        }
        if (pool._strings.TryGetValue(text, out var kept))
        {
            return kept;
        }
        pool._strings.Add(text);
        return text;
    }

    public void Dispose() => _current = _outer;
}
