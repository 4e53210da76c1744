namespace Signpost.Matching;

/// <summary>
/// One line of an input after normalization, with its 1-based number in the input: the raw line,
/// and where in it the message starts once timestamps and log prefixes are stripped.
/// </summary>
internal sealed record LogLine(int Number, string Raw, int TextStart, int TextLength, LineKind Kind)
{
    /// <summary>The message without its prefixes, as a view of the raw line.</summary>
    public ReadOnlySpan<char> TextSpan => Raw.AsSpan(TextStart, TextLength);

    /// <summary>The message without its prefixes (a new string; lookups read <see cref="TextSpan"/>).</summary>
    public string Text => TextLength == Raw.Length ? Raw : Raw.Substring(TextStart, TextLength);

    /// <summary>How much the line's words count: error lines fully, stack frames barely.</summary>
    public double Weight => Kind switch
    {
        LineKind.Error => 1.0,
        LineKind.Frame => 0.15,
        _ => 0.5,
    };
}
