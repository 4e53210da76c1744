using System.Globalization;
using System.Text;
using Signpost.Browsing;
using Signpost.Canons;
using Signpost.Matching;
using Signpost.Web.Api;

namespace Signpost.Web.Mcp;

/// <summary>Compact Markdown for tool answers: the few lines an agent needs, ids to call back with.</summary>
internal static class ToolMarkdown
{
    public const string ToolFollowUp = "Read an entry in full with get_error_detail(id).";

    public static string Lookup(MatchResult result, Corpus corpus, bool detail = true, string followUp = ToolFollowUp)
    {
        if (result.Matches.Count == 0)
        {
            return "No known entry for this text. Signpost abstains rather than guess: analyse the error yourself.\n";
        }
        var md = new StringBuilder();
        for (var i = 0; i < result.Matches.Count; i++)
        {
            var match = result.Matches[i];
            md.Append(CultureInfo.InvariantCulture, $"{i + 1}. `{match.Id}` {match.Title} (confidence {Percent(match.Confidence)})\n");
            if (detail && i == 0 && corpus.Find(match.Id) is { } canon)
            {
                Advice(md, canon);
            }
        }
        md.Append(CultureInfo.InvariantCulture, $"\n{followUp}\n");
        return md.ToString();
    }

    public static string Entry(EntryDocument document)
    {
        var canon = document.Entry;
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# {canon.Signature}\n\n`{canon.Id}` · {canon.Domain} · {canon.Category} · {canon.Provenance.ReviewStatus} · resolvable: {canon.Resolvable}\n");
        md.Append(CultureInfo.InvariantCulture, $"Fix rate {Percent(canon.Figures.FixRate)} · confidence {Percent(canon.Figures.Confidence)} · evidence {canon.Figures.EvidenceCount}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"## Root cause\n\n{canon.RootCause}\n\n## Workarounds\n\n");
        foreach (var (w, i) in canon.Workarounds.Select((w, i) => (w, i)))
        {
            md.Append(CultureInfo.InvariantCulture, $"{i + 1}. {w.Action} ({Percent(w.SuccessRate)} success{Suffix("when", w.Condition)}{Suffix("tradeoff", w.Tradeoff)})\n");
            w.Steps.ForEach(s => md.Append(CultureInfo.InvariantCulture, $"   - {s}\n"));
        }
        md.Append("\n## Dead ends (do not try)\n\n");
        canon.DeadEnds.ForEach(d => md.Append(CultureInfo.InvariantCulture, $"- {d.Action} ({Percent(d.FailRate)} fail): {d.Why}\n"));
        if (canon.Versions.Count > 0)
        {
            md.Append("\n## Versions\n\n");
            canon.Versions.ForEach(v => md.Append(CultureInfo.InvariantCulture, $"- {v.Product} {v.Version}: {v.Status}{Suffix("", v.Notes)}\n"));
        }
        if (canon.Docs.Count > 0)
        {
            md.Append("\n## Documentation\n\n");
            canon.Docs.ForEach(d => md.Append(CultureInfo.InvariantCulture, $"- [{d.Title}]({d.Url})\n"));
        }
        return md.ToString();
    }

    public static string Chain(EntryChain chain)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"Chain of `{chain.Id}` (depth {chain.Depth})\n");
        Links(md, "Usually leads to", chain.LeadsTo);
        Links(md, "Often preceded by", chain.PrecededBy);
        Links(md, "Often confused with", chain.ConfusedWith);
        return md.ToString();
    }

    public static string Summaries(string heading, List<EntrySummary> entries)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"{heading}\n\n");
        entries.ForEach(e => md.Append(CultureInfo.InvariantCulture, $"- `{e.Id}` {e.Title} (fix rate {Percent(e.FixRate)}, {e.ReviewStatus})\n"));
        if (entries.Count == 0)
        {
            md.Append("No entries.\n");
        }
        return md.ToString();
    }

    public static string Domains(DomainList list) =>
        string.Concat(list.Domains.Select(d => $"- {d.Name}: {d.Entries}\n"));

    public static string Stats(DomainStats stats)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"{stats.Domain ?? "All domains"}: {stats.Entries} entries, mean fix rate {Percent(stats.MeanFixRate)}, {Percent(stats.Zh)} in Chinese\n");
        md.Append("Review status: ").AppendJoin(", ", stats.ReviewStatus.Select(s => $"{s.Key} {s.Value}")).Append('\n');
        md.Append("Categories: ").AppendJoin(", ", stats.Categories.Select(s => $"{s.Key} {s.Value}")).Append('\n');
        return md.ToString();
    }

    private static void Advice(StringBuilder md, Canon canon)
    {
        md.Append(CultureInfo.InvariantCulture, $"   Root cause: {canon.RootCause}\n");
        foreach (var w in canon.Workarounds.OrderByDescending(w => w.SuccessRate).Take(2))
        {
            md.Append(CultureInfo.InvariantCulture, $"   Fix ({Percent(w.SuccessRate)} success): {w.Action}\n");
        }
        foreach (var d in canon.DeadEnds.OrderByDescending(d => d.FailRate).Take(2))
        {
            md.Append(CultureInfo.InvariantCulture, $"   Dead end ({Percent(d.FailRate)} fail): {d.Action}: {d.Why}\n");
        }
    }

    private static void Links(StringBuilder md, string heading, List<ChainLink> links)
    {
        if (links.Count == 0)
        {
            return;
        }
        md.Append(CultureInfo.InvariantCulture, $"\n{heading}:\n");
        foreach (var link in links)
        {
            var probability = link.Probability is { } p ? $" ({Percent(p)})" : "";
            md.Append(CultureInfo.InvariantCulture, $"- {new string(' ', 2 * (link.Depth - 1))}`{link.Id}` {link.Title ?? "(not in corpus)"}{probability}{Suffix("", link.Condition)}\n");
        }
    }

    private static string Percent(double rate) => $"{Math.Round(rate * 100).ToString(CultureInfo.InvariantCulture)}%";

    private static string Suffix(string label, string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : label.Length == 0 ? $"; {text}" : $"; {label}: {text}";
}
