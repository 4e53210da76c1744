using System.CommandLine;
using Signpost.Canons;
using Signpost.Cli.Output;
using Spectre.Console;

namespace Signpost.Cli.Commands;

/// <summary><c>signpost import deadends SRC OUT</c>: converts ErrorCanon files to Signpost entries.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("src") { Description = "Folder of deadends.dev ErrorCanon JSON files." };
        var output = new Argument<string>("out") { Description = "Folder to write Signpost entries to (created if missing)." };
        var deadends = new Command("deadends", "Convert deadends.dev ErrorCanon 1.0.0 files (CC BY 4.0; attribution is kept).") { source, output };
        deadends.SetAction(parse => Import(parse.GetValue(source)!, parse.GetValue(output)!));
        return new Command("import", "Import entries written in another format.") { deadends };
    }

    private static int Import(string source, string output)
    {
        if (!Directory.Exists(source))
        {
            throw new UsageException($"source folder '{source}' does not exist; give the folder holding the ErrorCanon files");
        }
        var files = Directory.EnumerateFiles(source, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var problems = new List<LoadProblem>();
        var written = 0;
        var skipped = 0;
        Terminal.Error.Progress().AutoClear(true).Start(progress =>
        {
            var task = progress.AddTask("importing", maxValue: files.Count);
            foreach (var file in files)
            {
                var (loaded, found) = CorpusLoader.LoadFile(file, File.ReadAllText(file));
                problems.AddRange(found);
                if (loaded is null || loaded.Format != CanonFormat.DeadendsErrorCanon || !CanonId.IsValid(loaded.Canon.Id))
                {
                    skipped++;
                    if (loaded is not null)
                    {
                        problems.Add(new LoadProblem(file, "$", loaded.Format == CanonFormat.DeadendsErrorCanon ? $"id '{loaded.Canon.Id}' cannot be a file path" : "already a Signpost entry, not an ErrorCanon file"));
                    }
                }
                else
                {
                    var target = Path.Combine(output, loaded.Canon.Id + ".json");
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.WriteAllText(target, CanonJson.Write(loaded.Canon));
                    written++;
                }
                task.Increment(1);
            }
        });
        Summarize(files.Count, written, skipped, problems);
        return skipped == 0 ? 0 : 1;
    }

    private static void Summarize(int total, int written, int skipped, List<LoadProblem> problems)
    {
        Console.Error.WriteLine($"{total} files read: {written} entries written, {skipped} skipped.");
        foreach (var group in problems.GroupBy(p => p.Severity == ProblemSeverity.Note ? p.Message : "could not convert").OrderByDescending(g => g.Count()))
        {
            Console.Error.WriteLine($"  {group.Count(),5} × {group.Key}");
        }
        foreach (var problem in problems.Where(p => p.Severity == ProblemSeverity.Error).Take(20))
        {
            Console.Error.WriteLine($"  {problem}");
        }
        Console.Error.WriteLine("Imported entries keep their source and licence (CC BY 4.0, deadends.dev) in provenance; they carry no Chinese translation or examples yet.");
    }
}
