namespace Signpost.Matching;

/// <summary>
/// The weights of one lookup's terms in an array indexed by term, for the inner loops that
/// measure candidates: an array read instead of a dictionary lookup per entry term. The array
/// is kept per thread and only the slots a lookup set are cleared after it.
/// </summary>
internal sealed class TermWeights
{
    [ThreadStatic]
    private static TermWeights? _mine;

    private double[] _weights = [];
    private readonly List<int> _set = [];

    public static TermWeights Of(QueryTerms query, int termCount)
    {
        ArgumentNullException.ThrowIfNull(query);
        var weights = _mine ??= new TermWeights();
        if (weights._weights.Length < termCount)
        {
            weights._weights = new double[termCount];
        }
        foreach (var (term, seen) in query.Terms)
        {
            weights._weights[term] = seen.Weight;
            weights._set.Add(term);
        }
        return weights;
    }

    public double this[int term] => _weights[term];

    /// <summary>Clears the slots this lookup set, so the next lookup on the thread starts from zeros.</summary>
    public void Clear()
    {
        foreach (var term in _set)
        {
            _weights[term] = 0;
        }
        _set.Clear();
    }
}
