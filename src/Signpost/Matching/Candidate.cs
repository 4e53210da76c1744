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

    public List<string> Terms { get; } = [];

    /// <summary>The signature or example whose words the text covers best.</summary>
    public int[]? BestPhrase { get; set; }

    public int SharedCodes { get; set; }

    public bool CodeConflict { get; set; }

    public double EnvFit { get; set; }

    public string? VersionVerdict { get; set; }

    public Dictionary<string, double> Parts { get; } = [];

    public double Score { get; set; }

    public int Line => Hit?.LineIndex ?? CoverageLine;
}
