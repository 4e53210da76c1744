namespace Signpost.Matching;

/// <summary>
/// For each pattern, the literal sets every match of it contains (see <see cref="LiteralExtractor.Requirements"/>),
/// by the literals' numbers in the index's automaton, all in one flat array. A pattern may match a
/// line only when the line holds a literal of each set and, for a pattern of several alternatives,
/// a literal of each set of one alternative. Checking this reads which literals the automaton saw
/// on the line, not the line itself.
/// </summary>
internal sealed class RequiredLiterals
{
    // Per pattern, from _start[pattern]: the sets (count, then each set as its length and literal
    // numbers), then the alternatives (count, then each one's sets, written the same way).
    private readonly int[] _start;
    private readonly int[] _code;

    public RequiredLiterals(List<int> start, List<int> code)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(code);
        (_start, _code) = ([.. start], [.. code]);
    }

    /// <summary>Appends one pattern's sets and its alternatives' sets to <paramref name="code"/>, numbering literals with <paramref name="number"/>.</summary>
    public static void Encode(List<int> code, PatternLiterals literals, Func<string, int> number)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(literals);
        ArgumentNullException.ThrowIfNull(number);
        EncodeSets(code, literals.Requirements, number);
        code.Add(literals.Alternatives.Count);
        foreach (var alternative in literals.Alternatives)
        {
            EncodeSets(code, alternative, number);
        }
    }

    private static void EncodeSets(List<int> code, IReadOnlyList<string[]> sets, Func<string, int> number)
    {
        code.Add(sets.Count);
        foreach (var set in sets)
        {
            code.Add(set.Length);
            code.AddRange(set.Select(number));
        }
    }

    /// <summary>Reads the start of the pattern's sets (see <see cref="Matching.ReadAhead"/>).</summary>
    public int ReadAhead(int pattern) => _code[_start[pattern]];

    /// <summary>True when the line may hold a match of the pattern, by the literals <paramref name="seen"/> on it.</summary>
    public bool MayMatch(int pattern, LineMarks seen)
    {
        ArgumentNullException.ThrowIfNull(seen);
        var at = _start[pattern];
        if (!Holds(ref at, seen))
        {
            return false;
        }
        var alternatives = _code[at++];
        if (alternatives == 0)
        {
            return true;
        }
        for (var a = 0; a < alternatives; a++)
        {
            if (Holds(ref at, seen))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the line holds a literal of every set read at <paramref name="at"/>, which is left past them.</summary>
    private bool Holds(ref int at, LineMarks seen)
    {
        var sets = _code[at++];
        var all = true;
        for (var s = 0; s < sets; s++)
        {
            var length = _code[at++];
            if (all)
            {
                var any = false;
                for (var i = at; i < at + length && !any; i++)
                {
                    any = seen.Saw(_code[i]);
                }
                all = any;
            }
            at += length;
        }
        return all;
    }
}
