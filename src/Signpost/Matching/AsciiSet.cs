namespace Signpost.Matching;

/// <summary>A set of ASCII characters, as two 64-bit masks: what one position of an <see cref="AsciiPattern"/> accepts.</summary>
internal readonly record struct AsciiSet(ulong Low, ulong High)
{
    public static readonly AsciiSet Empty = new(0, 0);

    public static readonly AsciiSet All = new(ulong.MaxValue, ulong.MaxValue);

    /// <summary>What <c>.</c> matches without the single-line option: everything but a line feed.</summary>
    public static readonly AsciiSet AnyButNewline = All.Without('\n');

    /// <summary><c>\d</c> on ASCII.</summary>
    public static readonly AsciiSet Digits = Range('0', '9');

    /// <summary><c>\w</c> on ASCII: letters, digits and the underscore.</summary>
    public static readonly AsciiSet WordChars = Range('a', 'z') | Range('A', 'Z') | Digits | Of('_');

    /// <summary><c>\s</c> on ASCII: tab, line feed, vertical tab, form feed, carriage return and space.</summary>
    public static readonly AsciiSet Whitespace = Range('\t', '\r') | Of(' ');

    /// <summary>The set of one character; empty for a character outside ASCII, which an ASCII line never holds.</summary>
    public static AsciiSet Of(char c) => c < 64 ? new(1UL << c, 0) : c < 128 ? new(0, 1UL << (c - 64)) : Empty;

    /// <summary>The ASCII characters of a range.</summary>
    public static AsciiSet Range(char from, char to)
    {
        var set = Empty;
        for (var c = from; c <= to && c < 128; c++)
        {
            set |= Of(c);
        }
        return set;
    }

    public bool Contains(char c) => c < 64 ? (Low & (1UL << c)) != 0 : c < 128 && (High & (1UL << (c - 64))) != 0;

    public bool IsEmpty => Low == 0 && High == 0;

    /// <summary>The set with each letter's other case added, as matching that ignores case reads it.</summary>
    public AsciiSet CaseFolded()
    {
        // Bits 65-90 (A-Z) and 97-122 (a-z) sit in the high mask at 1-26 and 33-58.
        const ulong upper = 0x7FFFFFEUL, lower = upper << 32;
        var high = High | ((High & upper) << 32) | ((High & lower) >> 32);
        return new(Low, high);
    }

    public AsciiSet Complement() => new(~Low, ~High);

    public AsciiSet Without(char c) => this & Of(c).Complement();

    public static AsciiSet operator |(AsciiSet a, AsciiSet b) => new(a.Low | b.Low, a.High | b.High);

    public static AsciiSet operator &(AsciiSet a, AsciiSet b) => new(a.Low & b.Low, a.High & b.High);
}
