namespace Signpost.Matching;

/// <summary>One line of an input after normalization, with its 1-based number in the input.</summary>
internal sealed record LogLine(int Number, string Raw, string Text, LineKind Kind)
{
    /// <summary>How much the line's words count: error lines fully, stack frames barely.</summary>
    public double Weight => Kind switch
    {
        LineKind.Error => 1.0,
        LineKind.Frame => 0.15,
        _ => 0.5,
    };
}
