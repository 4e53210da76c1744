namespace Signpost.Matching;

/// <summary>One entry considered for an input, with the evidence gathered for it and its score parts.</summary>
internal sealed class Candidate(int entry)
{
    public int Entry { get; } = entry;

    public PatternHit? Hit { get; set; }

    public double Bm25 { get; set; }

    public double Coverage { get; set; }

    /// <summary>The share of the text's weighted terms that the entry's signature accounts for.</summary>
    public double Precision { get; set; }

    /// <summary>The share of the signature's adjacent word pairs found side by side in the text.</summary>
    public double Phrase { get; set; }

    /// <summary>How many adjacent word pairs of the signature stand side by side in the text.</summary>
    public int PhrasePairs { get; set; }

    /// <summary>How specific the shared error code is (1 when only this entry names it).</summary>
    public double CodeSpecificity { get; set; }

    /// <summary>The line where most of the entry's terms were found, when no pattern matched.</summary>
    public int CoverageLine { get; set; } = -1;

    /// <summary>The entry's words the text holds; filled in only for the matches shown.</summary>
    public List<string> Terms => _terms ??= [];

    private List<string>? _terms;

    /// <summary>The signature (0) or example (1 on) whose words the text covers best; -1 before measuring.</summary>
    public int BestPhrase { get; set; } = -1;

    public int SharedCodes { get; set; }

    public bool CodeConflict { get; set; }

    public double EnvFit { get; set; }

    public string? VersionVerdict { get; set; }

    /// <summary>The pattern's part of the score: how specific its match is, on what kind of line.</summary>
    public double PatternPart { get; set; }

    /// <summary>BM25 relative to the best candidate's.</summary>
    public double Similarity { get; set; }

    /// <summary>The error codes' part: the shared code's specificity, less one for a conflicting code.</summary>
    public double CodesPart { get; set; }

    public double Score { get; set; }

    /// <summary>The score's parts, rounded, for the explanation of a match.</summary>
    public Dictionary<string, double> Parts() => new()
    {
        ["coverage"] = Math.Round(Coverage, 4),
        ["phrase"] = Math.Round(Phrase, 4),
        ["precision"] = Math.Round(Precision, 4),
        ["pattern"] = Math.Round(PatternPart, 4),
        ["similarity"] = Math.Round(Similarity, 4),
        ["codes"] = Math.Round(CodesPart, 4),
        ["env"] = Math.Round(EnvFit, 4),
    };

    public int Line => Hit?.LineIndex ?? CoverageLine;
}
