using Signpost.Canons;

namespace Signpost.Cli.Tests.Commands;

public sealed class ImportCommandTests
{
    private const string ErrorCanon = """
        {"schema_version": "1.0.0", "id": "demo/disk-full/linux", "url": "https://deadends.example/demo/disk-full/linux",
         "error": {"signature": "write failed: disk is full", "regex": "disk is full\\Z", "domain": "demo", "category": "io", "first_seen": "2024-01-01", "last_confirmed": "2024-02-01"},
         "environment": {"runtime": {"name": "demo", "version_range": ">=1"}, "os": "linux"},
         "verdict": {"resolvable": "true", "fix_success_rate": 0.5, "confidence": 0.5, "last_updated": "2024-02-01", "summary": "The disk has no room left."},
         "dead_ends": [], "workarounds": [{"action": "Free some space", "success_rate": 0.9, "sources": []}],
         "transition_graph": {"leads_to": [], "preceded_by": [], "frequently_confused_with": []},
         "metadata": {"generated_by": "manual", "generation_date": "2024-01-01", "review_status": "auto_generated", "evidence_count": 1, "last_verification": "2024-02-01"}}
        """;

    [Fact]
    public async Task Errorcanon_files_become_signpost_entries_with_attribution()
    {
        var source = Directory.CreateTempSubdirectory().FullName;
        var output = Path.Combine(Directory.CreateTempSubdirectory().FullName, "out");
        await File.WriteAllTextAsync(Path.Combine(source, "disk-full_linux.json"), ErrorCanon);
        await File.WriteAllTextAsync(Path.Combine(source, "broken.json"), "{");

        var run = await SignpostProcess.RunAsync("import", "deadends", source, output);

        var imported = CanonJson.Read(await File.ReadAllTextAsync(Path.Combine(output, "demo", "disk-full", "linux.json")));
        Assert.Equal(("demo/disk-full/linux", "deadends.dev", "CC BY 4.0"), (imported.Id, imported.Provenance.Attribution, imported.Provenance.License));
        Assert.Equal(@"disk is full\z", imported.Patterns[0]);
        Assert.Contains("1 entries written, 1 skipped", run.Error, StringComparison.Ordinal);
        Assert.Contains("broken.json", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
    }
}
