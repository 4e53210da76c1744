using System.Text;
using System.Text.Json;

namespace Signpost.Cli;

/// <summary>Reads what a lookup is about: the argument, stdin, or a JSONL batch file.</summary>
internal static class LookupInput
{
    /// <summary>Inputs longer than this keep their tail, where the failure usually is.</summary>
    public const int MaxChars = 1024 * 1024;

    public static string Text(string? argument)
    {
        if (argument is not null && argument != "-")
        {
            return Tail(argument);
        }
        if (!Console.IsInputRedirected && argument is null)
        {
            throw new UsageException("no text to look up: pass the error as an argument, or pipe a log into stdin (`make 2>&1 | signpost lookup`)");
        }
        return Tail(Console.In.ReadToEnd());
    }

    public static List<string> Batch(string path)
    {
        var lines = path == "-" ? ReadAll(Console.In) : File.Exists(path)
            ? File.ReadAllLines(path, Encoding.UTF8)
            : throw new UsageException($"batch file '{path}' does not exist; give a JSONL file with one {{\"query\": ...}} a line, or '-' for stdin");
        var queries = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            queries.Add(Tail(Query(lines[i], i + 1)));
        }
        return queries;
    }

    public static Dictionary<string, string> Env(IEnumerable<string> pairs)
    {
        var env = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0 || at == pair.Length - 1)
            {
                throw new UsageException($"--env '{pair}' is not key=value; write it like --env node=20.11.0 or --env os=linux");
            }
            env[pair[..at].Trim()] = pair[(at + 1)..].Trim();
        }
        return env;
    }

    private static string Query(string line, int number)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && (root.TryGetProperty("query", out var query) || root.TryGetProperty("text", out query))
                && query.ValueKind == JsonValueKind.String)
            {
                return query.GetString()!;
            }
        }
        catch (JsonException e)
        {
            throw new UsageException($"batch line {number} is not JSON ({e.Message}); each line must be {{\"query\": \"...\"}}");
        }
        throw new UsageException($"batch line {number} has no \"query\" string; each line must be {{\"query\": \"...\"}}");
    }

    private static string[] ReadAll(TextReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        return [.. lines];
    }

    private static string Tail(string text) => text.Length <= MaxChars ? text : text[^MaxChars..];
}
