namespace Signpost.Storage;

/// <summary>The states of a submission: pending until a reviewer approves or rejects it.</summary>
public static class SubmissionStatuses
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Rejected = "rejected";

    public static readonly IReadOnlyList<string> All = [Pending, Approved, Rejected];
}
