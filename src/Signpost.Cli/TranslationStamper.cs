using Signpost.Canons;

namespace Signpost.Cli;

/// <summary>Records, for translations just brought up to date, the fingerprint of the English they match.</summary>
internal static class TranslationStamper
{
    public static int Stamp(IEnumerable<string> directories)
    {
        var stamped = 0;
        foreach (var loaded in CorpusLoader.LoadDirectories(directories).Loaded.Where(l => l.Format == CanonFormat.Signpost))
        {
            var hash = TranslationFingerprint.Of(loaded.Canon);
            if (loaded.Canon.Translations.Values.All(t => t.SourceHash == hash))
            {
                continue;
            }
            var translations = loaded.Canon.Translations.ToDictionary(p => p.Key, p => p.Value with { SourceHash = hash });
            File.WriteAllText(loaded.File, CanonJson.Write(loaded.Canon with { Translations = translations }));
            Console.Error.WriteLine($"stamped {loaded.File}");
            stamped++;
        }
        return stamped;
    }
}
