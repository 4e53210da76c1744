using System.CommandLine;
using System.Diagnostics;
using Signpost.Canons;

namespace Signpost.Cli.Commands;

/// <summary><c>signpost validate [DIR...]</c>: every problem as <c>file: json-path: what is wrong</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var directories = new Argument<string[]>("dir") { Description = "Corpus folders (default: ./corpus, else the built-in corpus).", Arity = ArgumentArity.ZeroOrMore };
        var stamp = new Option<bool>("--stamp") { Description = "After updating a translation, record that it matches the current English text." };
        var command = new Command("validate", "Check entry files against the format's rules; exit 1 on any problem.") { directories, stamp };
        command.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var dirs = parse.GetValue(directories) is { Length: > 0 } given ? given : Directory.Exists("corpus") ? ["corpus"] : [];
            foreach (var dir in dirs.Where(d => !Directory.Exists(d)))
            {
                throw new UsageException($"folder '{dir}' does not exist; give the folder that holds the entry files");
            }
            if (parse.GetValue(stamp))
            {
                TranslationStamper.Stamp(dirs);
            }
            var load = dirs.Length == 0 ? CorpusLoader.LoadBuiltIn() : CorpusLoader.LoadDirectories(dirs);
            var problems = CorpusValidator.Validate(load, dirs);
            foreach (var problem in problems)
            {
                Console.Out.WriteLine(problem.ToString());
            }
            var files = problems.Select(p => p.File).Distinct().Count();
            Console.Error.WriteLine($"{load.Loaded.Count} entries checked in {watch.Elapsed.TotalSeconds:0.0} s: "
                + (problems.Count == 0 ? "no problems" : $"{problems.Count} problem(s) in {files} file(s)"));
            return problems.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
