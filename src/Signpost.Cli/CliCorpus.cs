using System.CommandLine;
using Signpost.Canons;

namespace Signpost.Cli;

/// <summary>Loads the corpus a command was pointed at (the built-in one unless --corpus is given).</summary>
internal static class CliCorpus
{
    public static KnowledgeBase Load(ParseResult parse)
    {
        var directories = CommonOptions.CorpusDirectories(parse);
        foreach (var directory in directories.Where(d => !Directory.Exists(d)))
        {
            throw new UsageException($"corpus folder '{directory}' does not exist; pass a folder of entry files to --corpus");
        }
        var kb = new KnowledgeBase(new CorpusSource(directories));
        var broken = kb.Current.Problems.Count(p => p.Severity == ProblemSeverity.Error && p.Message.StartsWith("not a valid entry", StringComparison.Ordinal));
        if (broken > 0)
        {
            Console.Error.WriteLine($"warning: skipped {broken} file(s) that are not valid entries; `signpost validate` lists them");
        }
        return kb;
    }
}
