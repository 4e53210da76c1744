namespace Signpost.Web.Api;

/// <summary>Several lookups in one request; results come back in the same order.</summary>
public sealed record BatchLookupRequest
{
    public const int MaxItems = 50;

    public List<LookupRequest>? Items { get; init; }

    public string? Problem()
    {
        if (Items is null || Items.Count == 0)
        {
            return "items is required: send {\"items\": [{\"text\": \"...\"}, ...]}.";
        }
        if (Items.Count > MaxItems)
        {
            return $"A batch holds at most {MaxItems} items; this one has {Items.Count}. Split it into several requests.";
        }
        var bad = Items.Select((item, i) => (i, Problem: item.Problem())).FirstOrDefault(x => x.Problem is not null);
        return bad.Problem is null ? null : $"items[{bad.i}]: {bad.Problem}";
    }
}
