namespace Signpost.Matching;

/// <summary>What a lookup may take besides the text: the user's environment and how many answers.</summary>
public sealed record LookupOptions
{
    public static readonly LookupOptions Default = new();

    /// <summary>Environment facts such as <c>os=linux</c> or product versions (<c>node=20.11.0</c>).</summary>
    public IReadOnlyDictionary<string, string> Env { get; init; } = new Dictionary<string, string>();

    public int Top { get; init; } = 5;
}
