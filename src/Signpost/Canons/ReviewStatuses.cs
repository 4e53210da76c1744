namespace Signpost.Canons;

/// <summary>The review states an entry can be in.</summary>
public static class ReviewStatuses
{
    public const string AiGenerated = "ai_generated";
    public const string HumanReviewed = "human_reviewed";
    public const string CommunityVerified = "community_verified";

    public static readonly IReadOnlyList<string> All = [AiGenerated, HumanReviewed, CommunityVerified];
}
