namespace Signpost.Canons;

/// <summary>A defect found in an entry file: which file, where in it (a JSON path), and what is wrong.</summary>
public sealed record LoadProblem(string File, string Path, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public override string ToString() => $"{File}: {Path}: {Message}";
}

/// <summary>Errors make a corpus invalid; notes record what a reader changed on the way in.</summary>
public enum ProblemSeverity
{
    Error,
    Note,
}
