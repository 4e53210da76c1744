namespace Signpost.Matching;

/// <summary>
/// Reading ahead of a step that works through cold items one after another. At 100k entries the
/// index data a lookup needs (its candidates' terms, its patterns' programs and requirements) is
/// not in the cache, and a step that handles one item and then the next waits for each item's
/// memory in turn. A loop that first reads one word of each item, doing nothing else, lets the
/// processor wait for all of them at once; the step then finds them in the cache. The words read
/// are summed and kept (<see cref="Keep"/>), so that the compiler cannot drop the reads.
/// </summary>
internal static class ReadAhead
{
    [ThreadStatic]
    private static int _kept;

    /// <summary>Keeps the sum of what a read-ahead loop read.</summary>
    public static void Keep(int sum) => _kept = sum;
}
