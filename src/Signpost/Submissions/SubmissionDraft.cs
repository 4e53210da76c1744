using System.Text.RegularExpressions;
using Signpost.Canons;

namespace Signpost.Submissions;

/// <summary>
/// Turns the /submit form's few fields (signature, example, domain, root cause, workaround,
/// contact) into a draft entry: the id comes from the signature, the pattern is the signature's
/// first line taken literally (or the pattern the contributor gave).
/// </summary>
public static partial class SubmissionDraft
{
    public const string DefaultDomain = "unsorted";

    public static Canon From(IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var signature = Field(fields, "signature") ?? "";
        var domain = Slug(Field(fields, "domain") ?? DefaultDomain, 30) is { Length: > 0 } d ? d : DefaultDomain;
        var firstLine = signature.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        var workaround = Field(fields, "workaround");
        return new Canon
        {
            Id = $"{domain}/{Slug(firstLine, 60)}",
            Signature = firstLine,
            Domain = domain,
            Patterns = [Field(fields, "pattern") ?? Whitespace().Replace(Regex.Escape(firstLine), @"\s+")],
            Examples = Field(fields, "example") is { } example ? [new Example { Text = example, Source = "submitted through /submit" }] : [],
            Figures = new Figures { FixRate = workaround is null ? 0 : 0.5, Confidence = 0.1 },
            RootCause = Field(fields, "root_cause") ?? "",
            Workarounds = workaround is null ? [] : [new Workaround { Action = workaround, SuccessRate = 0.5 }],
            Provenance = new Provenance { ReviewStatus = ReviewStatuses.AiGenerated, Author = Field(fields, "contact"), Source = "submission" },
        };
    }

    private static string? Field(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string Slug(string text, int max)
    {
        var slug = NotSlug().Replace(text.ToLowerInvariant(), "-").Trim('-');
        return slug.Length <= max ? slug : slug[..max].TrimEnd('-');
    }

    [GeneratedRegex(@"[^a-z0-9.]+")]
    private static partial Regex NotSlug();

    [GeneratedRegex(@"(\\ )+")]
    private static partial Regex Whitespace();
}
