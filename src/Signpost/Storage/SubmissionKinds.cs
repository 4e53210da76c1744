namespace Signpost.Storage;

/// <summary>
/// What a submission proposes: a new entry, a correction of an existing one, or a draft (an
/// unknown error sent through the /submit form, to be completed by a reviewer).
/// </summary>
public static class SubmissionKinds
{
    public const string New = "new";
    public const string Correction = "correction";
    public const string Draft = "draft";

    public static readonly IReadOnlyList<string> All = [New, Correction, Draft];
}
