using Signpost.Canons;

namespace Signpost.Tests.Canons;

public sealed class DeadendsReaderTests
{
    private static readonly CorpusLoad Load = CorpusLoader.LoadDirectories([TestFiles.Path("Canons", "Fixtures", "deadends")]);

    private static Canon Linux => Load.Loaded.Single(l => l.Canon.Id == "demo/broken-pipe/linux").Canon;

    [Fact]
    public void Ids_come_from_the_file_not_its_path()
    {
        Assert.Contains(Load.Loaded, l => l.Canon.Id == "demo/broken-pipe/macos" && l.File.EndsWith("broken-pipe_macos.json", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_file_is_reported_by_name_and_skipped()
    {
        Assert.Equal(2, Load.Loaded.Count);
        Assert.Contains(Load.Problems, p => p.File.EndsWith("truncated.json", StringComparison.Ordinal) && p.Severity == ProblemSeverity.Error);
    }

    [Fact]
    public void Python_named_groups_and_end_anchor_are_translated()
    {
        Assert.Equal(@"(?<kind>BrokenPipeError): \[Errno (?<code>\d+)\] Broken pipe\z", Linux.Patterns[0]);
        Assert.Contains(Load.Problems, p => p.Severity == ProblemSeverity.Note && p.Message.Contains("(?P<name>)", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_lower_bounds_are_translated()
    {
        var mac = Load.Loaded.Single(l => l.Canon.Id == "demo/broken-pipe/macos").Canon;

        Assert.Equal("Broken pipe{0,3}", mac.Patterns[0]);
    }

    [Fact]
    public void Every_field_is_mapped()
    {
        var c = Linux;

        Assert.Equal(("BrokenPipeError: [Errno 32] Broken pipe", "demo", "io_error", "partial"), (c.Signature, c.Domain, c.Category, c.Resolvable));
        Assert.Equal((0.72, 0.8, 4, "2024-03-01", "2025-06-30"), (c.Figures.FixRate, c.Figures.Confidence, c.Figures.EvidenceCount, c.Figures.FirstSeen, c.Figures.LastConfirmed));
        Assert.Equal("The reader at the other end of the pipe went away first.", c.RootCause);
        Assert.Equal(new VersionRow { Product = "python", Version = ">=3.8,<3.13", Status = "affected" }, c.Versions.Single());
        Assert.Equal("linux", c.Environment["os"]);
        Assert.Equal("bash", c.Environment["additional.shell"]);
        Assert.Equal(["signal.signal(signal.SIGPIPE, signal.SIG_DFL)"], c.Workarounds[0].Steps);
        Assert.Equal(("Command-line tools piped into head", "The process ends silently"), (c.Workarounds[0].Condition, c.Workarounds[0].Tradeoff));
        Assert.Empty(c.Workarounds[1].Sources);
        Assert.Equal(("Nobody is reading any more.", 0.9, "That the pipe is only busy."), (c.DeadEnds[0].Why, c.DeadEnds[0].FailRate, c.DeadEnds[0].Misconception));
        Assert.Null(c.DeadEnds[0].Condition);
        Assert.Equal("on a Mac (typically after minutes)", c.Transitions.LeadsTo[0].Condition);
        Assert.Equal("Same error, other OS.", c.Transitions.ConfusedWith[0].Distinction);
        Assert.Equal((ReviewStatuses.AiGenerated, "manual", DeadendsReader.License, DeadendsReader.Attribution),
            (c.Provenance.ReviewStatus, c.Provenance.Author, c.Provenance.License, c.Provenance.Attribution));
        Assert.Equal("https://deadends.example/demo/broken-pipe/linux", c.Provenance.Source);
    }

    [Fact]
    public void Imported_entries_pass_the_rules_that_apply_to_them()
    {
        var root = TestFiles.Path("Canons", "Fixtures", "deadends");

        var problems = CorpusValidator.Validate(Load, [root]);

        Assert.All(problems, p => Assert.EndsWith("truncated.json", p.File, StringComparison.Ordinal));
    }
}
