namespace Signpost.Matching;

/// <summary>What one step of an <see cref="AsciiPattern"/> does at a position.</summary>
internal enum AsciiStepKind
{
    /// <summary>Consumes a string, ignoring case.</summary>
    Literal,

    /// <summary>Consumes one character of a set.</summary>
    Set,

    /// <summary>Consumes between a minimum and a maximum of characters of a set, greedy or lazy.</summary>
    Repeat,

    /// <summary>Tries its branches in order: an alternation, or an optional group.</summary>
    Branch,

    /// <summary><c>^</c>: the start of the text.</summary>
    TextStart,

    /// <summary><c>$</c>: the end of the text, or just before a final line feed.</summary>
    TextEnd,

    /// <summary><c>\b</c>.</summary>
    WordBoundary,

    /// <summary><c>\B</c>.</summary>
    NotWordBoundary,
}
