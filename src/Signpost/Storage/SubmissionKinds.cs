namespace Signpost.Storage;

/// <summary>What a submission proposes: a new entry, or a correction of an existing one.</summary>
public static class SubmissionKinds
{
    public const string New = "new";
    public const string Correction = "correction";

    public static readonly IReadOnlyList<string> All = [New, Correction];
}
