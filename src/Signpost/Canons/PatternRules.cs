namespace Signpost.Canons;

/// <summary>Patterns must compile and must match the entry's own signature and examples.</summary>
internal static class PatternRules
{
    public static void Check(Canon c, bool native, Action<string, string> add)
    {
        var where = native ? "$.patterns" : "$.error.regex";
        if (c.Patterns.Count == 0)
        {
            add(where, "missing: an entry needs at least one pattern");
            return;
        }
        var compiled = new List<System.Text.RegularExpressions.Regex>();
        for (var i = 0; i < c.Patterns.Count; i++)
        {
            var path = native ? $"$.patterns[{i}]" : where;
            var (regex, error) = PatternCompiler.TryCompileForCheck(c.Patterns[i]);
            if (regex is null)
            {
                add(path, $"pattern does not compile: {error}");
            }
            else
            {
                compiled.Add(regex);
            }
        }
        if (compiled.Count == 0)
        {
            return;
        }
        if (!compiled.Any(r => PatternCompiler.IsMatch(r, c.Signature)))
        {
            add(where, "no pattern matches the entry's own signature");
        }
        for (var i = 0; i < c.Examples.Count; i++)
        {
            if (!compiled.Any(r => PatternCompiler.IsMatch(r, c.Examples[i].Text)))
            {
                add($"$.examples[{i}].text", "no pattern matches this example");
            }
        }
    }
}
