using System.Globalization;
using System.Text;
using Signpost.Browsing;
using Signpost.Canons;
using Signpost.Matching;
using Signpost.Rendering;

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
            md.Append(CultureInfo.InvariantCulture, $"{i + 1}. `{match.Id}` {match.Title} (confidence {Percent.Of(match.Confidence)})\n");
            if (detail && i == 0 && corpus.Find(match.Id) is { } canon)
            {
                Advice(md, canon);
            }
        }
        md.Append(CultureInfo.InvariantCulture, $"\n{followUp}\n");
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
        entries.ForEach(e => md.Append(CultureInfo.InvariantCulture, $"- `{e.Id}` {e.Title} (fix rate {Percent.Of(e.FixRate)}, {e.ReviewStatus})\n"));
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
        md.Append(CultureInfo.InvariantCulture, $"{stats.Domain ?? "All domains"}: {stats.Entries} entries, mean fix rate {Percent.Of(stats.MeanFixRate)}, {Percent.Of(stats.Zh)} in Chinese\n");
        md.Append("Review status: ").AppendJoin(", ", stats.ReviewStatus.Select(s => $"{s.Key} {s.Value}")).Append('\n');
        md.Append("Categories: ").AppendJoin(", ", stats.Categories.Select(s => $"{s.Key} {s.Value}")).Append('\n');
        return md.ToString();
    }

    private static void Advice(StringBuilder md, Canon canon)
    {
        md.Append(CultureInfo.InvariantCulture, $"   Root cause: {canon.RootCause}\n");
        foreach (var w in canon.Workarounds.OrderByDescending(w => w.SuccessRate).Take(2))
        {
            md.Append(CultureInfo.InvariantCulture, $"   Fix ({Percent.Of(w.SuccessRate)} success): {w.Action}\n");
        }
        foreach (var d in canon.DeadEnds.OrderByDescending(d => d.FailRate).Take(2))
        {
            md.Append(CultureInfo.InvariantCulture, $"   Dead end ({Percent.Of(d.FailRate)} fail): {d.Action}: {d.Why}\n");
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
            var probability = link.Probability is { } p ? $" ({Percent.Of(p)})" : "";
            md.Append(CultureInfo.InvariantCulture, $"- {new string(' ', 2 * (link.Depth - 1))}`{link.Id}` {link.Title ?? "(not in corpus)"}{probability}{Suffix("", link.Condition)}\n");
        }
    }

    private static string Suffix(string label, string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : label.Length == 0 ? $"; {text}" : $"; {label}: {text}";
}
