using System.CommandLine;

namespace Signpost.Cli;

/// <summary>Options several commands share, declared once.</summary>
internal static class CommonOptions
{
    public static readonly Option<string[]> Corpus = new("--corpus")
    {
        Description = "Corpus folder (repeatable); replaces the built-in corpus. Signpost and deadends ErrorCanon files are both read.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static readonly Option<string?> Db = new("--db")
    {
        Description = "PostgreSQL connection string for state (default: SQLite under SIGNPOST_DATA).",
    };

    public static List<string> CorpusDirectories(ParseResult parse) =>
        [.. (parse.GetValue(Corpus) ?? []).Select(Path.GetFullPath)];
}
