using Signpost.Canons;

namespace Signpost.Rates;

/// <summary>
/// How many reports an authored rate is worth, by how far its entry is reviewed: an AI-written
/// guess yields to a handful of reports, a community-verified rate to dozens.
/// </summary>
public static class PriorStrength
{
    public const double AiGenerated = 4;
    public const double HumanReviewed = 10;
    public const double CommunityVerified = 25;

    public static double Of(string? reviewStatus) => reviewStatus switch
    {
        ReviewStatuses.CommunityVerified => CommunityVerified,
        ReviewStatuses.HumanReviewed => HumanReviewed,
        _ => AiGenerated,
    };
}
