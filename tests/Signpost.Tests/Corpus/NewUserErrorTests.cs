using System.Text.Json;
using Signpost.Canons;
using Signpost.Matching;

namespace Signpost.Tests.Corpus;

/// <summary>
/// Real errors from public issues that are not among any entry's examples, tried as a new user
/// would: each finds its entry, or "no known entry" where the corpus has none.
/// </summary>
public sealed class NewUserErrorTests
{
    private static readonly Signpost.Canons.Corpus Entries = CorpusLoader.LoadBuiltIn().ToCorpus();
    private static readonly Matcher Matcher = Matcher.Build(Entries);

    public static TheoryData<string, string, string?> Cases()
    {
        var data = new TheoryData<string, string, string?>();
        using var file = JsonDocument.Parse(TestFiles.Read("Corpus", "new-user-errors.json"));
        foreach (var item in file.RootElement.EnumerateArray())
        {
            var expected = item.GetProperty("expected_id");
            data.Add(item.GetProperty("source").GetString()!, item.GetProperty("text").GetString()!, expected.ValueKind == JsonValueKind.Null ? null : expected.GetString());
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_real_error_finds_its_entry_or_nothing(string source, string text, string? expected)
    {
        var result = Matcher.Match(text);

        Assert.True(expected is null ? result.Matches.Count == 0 : result.Matches.FirstOrDefault()?.Id == expected,
            $"{source}: expected {expected ?? "no known entry"}, got {result.Matches.FirstOrDefault()?.Id ?? "no known entry"}");
    }

    [Fact]
    public void None_of_the_cases_is_an_entry_example()
    {
        var examples = Entries.All.SelectMany(c => c.Examples).Select(e => e.Text.Trim()).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(Cases(), row => examples.Contains(((string)row[1]!).Trim()));
    }

    [Fact]
    public void There_are_twenty_cases_with_sources()
    {
        Assert.Equal(20, Cases().Count);
        Assert.All(Cases(), row => Assert.StartsWith("https://", (string)row[0]!, StringComparison.Ordinal));
    }
}
