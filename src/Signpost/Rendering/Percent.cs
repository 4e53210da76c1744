using System.Globalization;

namespace Signpost.Rendering;

/// <summary>Rates shown as whole percentages, the way the entry page shows them.</summary>
public static class Percent
{
    public static string Of(double rate) => Math.Round(rate * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
