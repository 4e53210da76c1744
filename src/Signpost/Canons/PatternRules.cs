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
        Expect(compiled, c.Signature, native ? "$.signature" : "$.error.signature", where, "no pattern matches the entry's own signature", add);
        for (var i = 0; i < c.Examples.Count; i++)
        {
            Expect(compiled, c.Examples[i].Text, $"$.examples[{i}].text", $"$.examples[{i}].text", "no pattern matches this example", add);
        }
    }

    private static void Expect(List<System.Text.RegularExpressions.Regex> compiled, string text, string textPath, string path, string missing, Action<string, string> add)
    {
        var outcomes = compiled.Select(r => PatternCompiler.TryMatch(r, text)).ToList();
        if (outcomes.Contains(true))
        {
            return;
        }
        if (outcomes.Contains(null))
        {
            add(textPath, $"a pattern ran over {PatternCompiler.CheckTimeout.TotalSeconds:0} s on this text: too slow; avoid nested quantifiers such as (a+)+");
            return;
        }
        add(path, missing);
    }
}
