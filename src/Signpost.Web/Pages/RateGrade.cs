namespace Signpost.Web.Pages;

/// <summary>A CSS class for how good a rate is, so colour backs up the number.</summary>
internal static class RateGrade
{
    public static string Of(double rate) => rate switch
    {
        >= 0.75 => "high",
        >= 0.5 => "mid",
        _ => "low",
    };
}
