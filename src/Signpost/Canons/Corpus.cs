using System.Collections.Frozen;

namespace Signpost.Canons;

/// <summary>A loaded set of entries, addressable by id and by domain.</summary>
public sealed class Corpus
{
    private readonly FrozenDictionary<string, Canon> _byId;

    public Corpus(IEnumerable<Canon> canons)
    {
        ArgumentNullException.ThrowIfNull(canons);
        var unique = new Dictionary<string, Canon>(StringComparer.Ordinal);
        foreach (var canon in canons)
        {
            unique.TryAdd(canon.Id, canon);
        }
        All = [.. unique.Values.OrderBy(c => c.Id, StringComparer.Ordinal)];
        _byId = unique.ToFrozenDictionary(StringComparer.Ordinal);
        Domains = [.. All.Select(c => c.Domain).Distinct().Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<Canon> All { get; }

    public IReadOnlyList<string> Domains { get; }

    public int Count => All.Count;

    public Canon? Find(string id) => _byId.GetValueOrDefault(id);

    public IEnumerable<Canon> InDomain(string domain) => All.Where(c => c.Domain == domain);
}
