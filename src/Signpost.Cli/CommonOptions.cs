using System.CommandLine;

namespace Signpost.Cli;

/// <summary>Options several commands share, declared once.</summary>
internal static class CommonOptions
{
    public static readonly Option<string[]> Corpus = new("--corpus")
    {
        Description = "Corpus folder (repeatable); replaces the built-in corpus. Signpost and deadends ErrorCanon files are both read.",
    };

    public static readonly Option<string?> Db = new("--db")
    {
        Description = "PostgreSQL connection string for state (default: SQLite under SIGNPOST_DATA).",
    };

    public static readonly Option<string> Format = CreateFormat();

    public static readonly Option<string> Lang = CreateLang();

    public static List<string> CorpusDirectories(ParseResult parse) =>
        [.. (parse.GetValue(Corpus) ?? []).Select(Path.GetFullPath)];

    private static Option<string> CreateFormat()
    {
        var option = new Option<string>("--format") { Description = "Output format: text, json or markdown.", DefaultValueFactory = _ => "text" };
        option.AcceptOnlyFromAmong("text", "json", "markdown");
        return option;
    }

    private static Option<string> CreateLang()
    {
        var option = new Option<string>("--lang") { Description = "Language of the entry text: en or zh.", DefaultValueFactory = _ => "en" };
        option.AcceptOnlyFromAmong("en", "zh");
        return option;
    }
}
