using System.Globalization;
using Signpost.Canons;
using Signpost.Matching;
using Signpost.Rendering;
using Spectre.Console;

namespace Signpost.Cli.Output;

/// <summary>
/// An entry as readable text on a terminal, in rows without a frame: a frame makes the renderer pad
/// and measure every line again, which took about a third of a native <c>signpost lookup</c> process.
/// </summary>
internal static class CanonText
{
    public static void Write(IAnsiConsole console, Canon canon, string lang, EntryMatch? match = null)
    {
        var view = LocalizedCanon.For(canon, lang);
        string L(string key) => Labels.Get(key, lang);
        var body = new List<Spectre.Console.Rendering.IRenderable>
        {
            new Markup($"[grey]{Markup.Escape(CanonMarkdown.Chips(canon).Replace("`", "", StringComparison.Ordinal))}[/]"),
            new Markup($"[bold]{Markup.Escape(CanonMarkdown.Inline(canon.Signature))}[/]"),
            new Markup($"[grey]ID:[/] {Markup.Escape(canon.Id)}"),
            new Markup(string.Create(CultureInfo.InvariantCulture,
                $"{L("Fix Rate")} [green]{Percent.Of(canon.Figures.FixRate)}[/] · {L("Confidence")} {Percent.Of(canon.Figures.Confidence)} · {L("Evidence")} {canon.Figures.EvidenceCount} · {L("First Seen")} {Markup.Escape(canon.Figures.FirstSeen ?? "—")}")),
        };
        if (match is not null)
        {
            body.Add(new Markup($"[grey]{Markup.Escape(L("Matched"))}: {Markup.Escape(WhyText.Describe(match.Why))}{Markup.Escape(match.VersionVerdict is null ? "" : " · " + match.VersionVerdict)}[/]"));
        }
        body.Add(new Text(""));
        body.Add(new Markup($"[bold]{L("Root Cause")}[/]"));
        body.Add(new Text(view.RootCause));
        body.Add(new Text(""));
        body.Add(new Markup($"[bold]{L("Workarounds")}[/]"));
        for (var i = 0; i < view.Workarounds.Count; i++)
        {
            var w = view.Workarounds[i];
            body.Add(new Markup($"{i + 1}. [green]{Percent.Of(w.Source.SuccessRate)} {L("success")}[/] {Markup.Escape(CanonMarkdown.Inline(w.Action))}"));
            body.AddRange(w.Steps.Select(s => new Markup($"   [grey]-[/] {Markup.Escape(s)}")));
        }
        if (view.DeadEnds.Count > 0)
        {
            body.Add(new Text(""));
            body.Add(new Markup($"[bold]{L("Dead Ends")}[/]"));
            body.AddRange(view.DeadEnds.Select((d, i) => new Markup(
                $"{i + 1}. [red]{Percent.Of(d.Source.FailRate)} {L("fail")}[/] {Markup.Escape(CanonMarkdown.Inline(d.Action))}\n   [grey]{Markup.Escape(L("Why it fails"))}:[/] {Markup.Escape(CanonMarkdown.Inline(d.Why))}")));
        }
        Versions(body, canon, L);
        body.AddRange(canon.Docs.Select(d => new Markup($"[grey]{Markup.Escape(L("Official Documentation"))}:[/] {Markup.Escape(d.Url)}")));
        console.Write(new Rows(body));
    }

    private static void Versions(List<Spectre.Console.Rendering.IRenderable> body, Canon canon, Func<string, string> L)
    {
        if (canon.Versions.Count == 0)
        {
            return;
        }
        var table = new Table { Border = TableBorder.Simple };
        table.AddColumns(L("Version"), L("Status"), L("Introduced"), L("Deprecated"), L("Notes"));
        foreach (var v in canon.Versions)
        {
            table.AddRow(Markup.Escape($"{v.Product} {v.Version}"), Markup.Escape(v.Status), Markup.Escape(v.Introduced ?? ""), Markup.Escape(v.Deprecated ?? ""), Markup.Escape(v.Notes ?? ""));
        }
        body.Add(new Text(""));
        body.Add(new Markup($"[bold]{L("Version Compatibility")}[/]"));
        body.Add(table);
    }
}
