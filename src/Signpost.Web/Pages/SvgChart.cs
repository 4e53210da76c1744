using System.Globalization;

namespace Signpost.Web.Pages;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG: readable without script, scales with the
/// page, and carries its numbers as text and as a table for screen readers.
/// </summary>
internal static class SvgChart
{
    private const int Width = 470;
    private const int LabelWidth = 150;
    private const int BarArea = 270;
    private const int Row = 24;

    public static Html Bars(string id, string title, IReadOnlyList<(string Label, int Value)> bars, SiteText t)
    {
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var height = Math.Max(1, bars.Count) * Row + 8;
        var rows = bars.Select((b, i) =>
        {
            var y = 4 + (i * Row);
            var width = b.Value == 0 ? 0 : Math.Max(2, (int)Math.Round(BarArea * (double)b.Value / max));
            return Html.Of($"""<g><text x="{LabelWidth - 8}" y="{y + 17}" text-anchor="end" class="label">{Clip(b.Label)}</text><rect x="{LabelWidth}" y="{y + 4}" width="{width}" height="{Row - 8}" rx="3" class="bar"></rect><text x="{LabelWidth + width + 6}" y="{y + 17}" class="value">{N(b.Value)}</text></g>""");
        });
        var tableRows = bars.Select(b => Html.Of($"<tr><th scope=\"row\">{b.Label}</th><td>{N(b.Value)}</td></tr>"));
        return Html.Of($"""
            <figure class="chart" aria-labelledby="{id}-title">
            <figcaption id="{id}-title">{title}</figcaption>
            <svg viewBox="0 0 {Width} {height}" width="{Width}" height="{height}" role="img" aria-labelledby="{id}-title" preserveAspectRatio="xMinYMin meet">
            {Html.Join(rows)}
            </svg>
            <details><summary>{t["chart_table"]}</summary><table><thead><tr><th scope="col"></th><th scope="col">{t["entries"]}</th></tr></thead><tbody>{Html.Join(tableRows)}</tbody></table></details>
            </figure>
            """);
    }

    private static string Clip(string label) => label.Length > 22 ? label[..21] + "…" : label;

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
