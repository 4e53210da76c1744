using System.Globalization;

namespace Signpost.Web.Pages;

/// <summary>Rates as people read them: 0.85 is "85%".</summary>
internal static class Percent
{
    public static string Of(double rate) =>
        Math.Round(Math.Clamp(rate, 0, 1) * 100).ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>A CSS class for how good a rate is, so colour backs up the number.</summary>
    public static string Grade(double rate) => rate switch
    {
        >= 0.75 => "high",
        >= 0.5 => "mid",
        _ => "low",
    };
}
