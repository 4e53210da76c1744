namespace Signpost.Matching;

/// <summary>
/// One step of an <see cref="AsciiPattern"/>'s program; <see cref="Next"/> is the step that follows
/// it (-1: the match ends), <see cref="Branches"/> the steps a branch tries in order.
/// </summary>
internal readonly record struct AsciiStep(AsciiStepKind Kind, int Next)
{
    /// <summary>For a literal: its text, lowercased.</summary>
    public string Text { get; init; } = "";

    public AsciiSet Set { get; init; }

    public int Min { get; init; }

    public int Max { get; init; }

    public bool Lazy { get; init; }

    public int[] Branches { get; init; } = [];
}
