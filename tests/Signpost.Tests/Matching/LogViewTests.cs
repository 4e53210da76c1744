using Signpost.Matching;

namespace Signpost.Tests.Matching;

public sealed class LogViewTests
{
    private static string BuildLog(int progressLines, string failure) =>
        string.Concat(Enumerable.Range(0, progressLines).Select(i => $"Compiling module_{i} (src/module_{i}/lib.rs)\n")) + failure;

    [Fact]
    public void Lines_far_from_every_error_line_are_out_of_focus()
    {
        var log = LogView.Of(BuildLog(30, "error[E0502]: cannot borrow `map` as mutable"));

        Assert.False(log.InFocus(0));
        Assert.True(log.InFocus(30 - LogView.FocusReach));
        Assert.True(log.InFocus(30));
    }

    [Fact]
    public void Every_line_is_in_focus_when_none_carries_an_error()
    {
        var log = LogView.Of(BuildLog(30, "the build stopped here"));

        Assert.All(Enumerable.Range(0, log.Lines.Count), i => Assert.True(log.InFocus(i)));
        Assert.Same(log.Joined, log.Focused);
    }

    [Fact]
    public void A_log_of_thousands_of_error_lines_reads_only_its_last_ones()
    {
        var log = LogView.Of(string.Concat(Enumerable.Repeat("error: widget failed\n", LogView.MaxFocusLines + 100)));

        Assert.False(log.InFocus(99));
        Assert.True(log.InFocus(100));
        Assert.True(log.InFocus(LogView.MaxFocusLines + 99));
    }

    [Fact]
    public void Words_out_of_focus_add_no_query_terms()
    {
        var index = MatchIndexFor("widgetframe");
        var far = LogView.Of("widgetframe appears in progress\n" + BuildLog(20, "error: the widget build broke"));
        var near = LogView.Of(BuildLog(20, "widgetframe appears in progress\nerror: the widget build broke"));

        Assert.DoesNotContain("widgetframe", TermNames(far, index));
        Assert.Contains("widgetframe", TermNames(near, index));
    }

    private static IEnumerable<string> TermNames(LogView log, MatchIndex index) =>
        QueryTerms.From(log, index.Tokens).Terms.Keys.Select(index.Tokens.Name);

    private static MatchIndex MatchIndexFor(string word) => MatchIndex.Build(new Signpost.Canons.Corpus([.. ScenarioCorpus.Corpus.All, ScenarioCorpus.Corpus.All[0] with { Id = "test/" + word, Signature = word + " failed" }]));
}
