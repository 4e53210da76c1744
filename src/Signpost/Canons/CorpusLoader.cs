using System.Text;
using System.Text.Json;

namespace Signpost.Canons;

/// <summary>
/// Loads entry files from folders (Signpost and deadends ErrorCanon files alike) or from the
/// corpus built into the library. A broken file is reported by name and skipped. Files are
/// parsed from their UTF-8 bytes, never decoded to strings first, and a load keeps each distinct
/// string once (<see cref="StringPool"/>).
/// </summary>
public static class CorpusLoader
{
    public static CorpusLoad LoadDirectories(IEnumerable<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var files = directories
            .SelectMany(d => Directory.EnumerateFiles(d, "*.json", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => (Name: f, Read: (Func<byte[]>)(() => File.ReadAllBytes(f)))));
        return Load(files);
    }

    public static CorpusLoad LoadBuiltIn()
    {
        var assembly = typeof(CorpusLoader).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("corpus/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (Name: n, Read: (Func<byte[]>)(() => ReadResource(n))));
        return Load(files);
    }

    public static CorpusLoad Load(IEnumerable<(string Name, Func<byte[]> Read)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var loaded = new List<LoadedCanon>();
        var problems = new List<LoadProblem>();
        using var pool = StringPool.Open();
        foreach (var (name, read) in files)
        {
            var one = LoadFile(name, read());
            if (one.Canon is not null)
            {
                loaded.Add(one.Canon);
            }
            problems.AddRange(one.Problems);
        }
        return new CorpusLoad(loaded, problems);
    }

    public static (LoadedCanon? Canon, IReadOnlyList<LoadProblem> Problems) LoadFile(string name, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return LoadFile(name, Encoding.UTF8.GetBytes(json));
    }

    public static (LoadedCanon? Canon, IReadOnlyList<LoadProblem> Problems) LoadFile(string name, ReadOnlyMemory<byte> utf8)
    {
        // Editors may save a byte order mark; the JSON reader refuses one.
        if (utf8.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }
        try
        {
            using var document = JsonDocument.Parse(utf8);
            if (DeadendsReader.Recognizes(document.RootElement))
            {
                var (canon, problems) = DeadendsReader.Read(name, document.RootElement);
                return (canon is null ? null : new LoadedCanon(canon, name, CanonFormat.DeadendsErrorCanon), problems);
            }
            return (new LoadedCanon(CanonJson.Read(utf8.Span), name, CanonFormat.Signpost), []);
        }
        catch (JsonException e)
        {
            return (null, [new LoadProblem(name, e.Path ?? "$", $"not a valid entry: {e.Message}")]);
        }
    }

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(CorpusLoader).Assembly.GetManifestResourceStream(name)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
