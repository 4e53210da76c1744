using Signpost.Canons;
using Signpost.Storage;

namespace Signpost.Submissions;

/// <summary>
/// Checks a submitted entry with the corpus's own rules (<see cref="CanonRules"/>: patterns that
/// compile, match their examples and finish in time, rates in range, a Chinese translation...)
/// plus what the kind requires: a new entry takes a free id, a correction an existing one. A draft
/// from the form is checked on what it has (id, signature, pattern against its example); a reviewer
/// completes it before approval, which checks it all.
/// </summary>
public static class SubmissionValidator
{
    public const string File = "submission";
    public const int MaxJsonLength = 256 * 1024;

    // A draft has only the form's fields: check what it has (id, signature, pattern against the example).
    private static readonly string[] DraftChecks = ["$.id", "$.domain", "$.signature", "$.patterns", "$.examples"];

    public static (Canon? Canon, IReadOnlyList<LoadProblem> Problems) Check(SubmissionRequest request, Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(corpus);
        if (!SubmissionKinds.All.Contains(request.Kind))
        {
            return Refuse("$.kind", $"'{request.Kind}' is not a kind of submission: use \"new\" for a new entry, \"correction\" for a change to an existing one, or \"draft\".");
        }
        if (string.IsNullOrWhiteSpace(request.EntryJson) || request.EntryJson.Length > MaxJsonLength)
        {
            return Refuse("$.entry", $"the entry is required, as a JSON object in the corpus format (schema/canon.schema.json), at most {MaxJsonLength / 1024} KiB.");
        }
        if (request.Note is { Length: > 2000 })
        {
            return Refuse("$.note", "the note for the reviewer takes at most 2000 characters.");
        }
        var (loaded, problems) = CorpusLoader.LoadFile(File, request.EntryJson);
        if (loaded is null)
        {
            return (null, problems);
        }
        var canon = Stamped(loaded.Canon);
        var errors = CanonRules.Check(loaded with { Canon = canon })
            .Where(p => p.Severity == ProblemSeverity.Error && (request.Kind != SubmissionKinds.Draft || DraftChecks.Any(c => p.Path.StartsWith(c, StringComparison.Ordinal))))
            .ToList();
        var exists = corpus.Find(canon.Id) is not null;
        if (request.Kind is SubmissionKinds.New or SubmissionKinds.Draft && exists)
        {
            errors.Add(new LoadProblem(File, "$.id", $"'{canon.Id}' already exists: send a \"correction\", or pick a new id."));
        }
        if (request.Kind == SubmissionKinds.Correction && !exists)
        {
            errors.Add(new LoadProblem(File, "$.id", $"no entry '{canon.Id}' to correct: send it as \"new\", or fix the id."));
        }
        errors.AddRange(UnknownLinks(canon, corpus));
        return (errors.Count == 0 ? canon : null, errors);
    }

    // A contributor writes the English and the translation together, so the translation is current by construction.
    private static Canon Stamped(Canon canon)
    {
        var hash = TranslationFingerprint.Of(canon);
        return canon with { Translations = canon.Translations.ToDictionary(p => p.Key, p => p.Value with { SourceHash = hash }) };
    }

    private static IEnumerable<LoadProblem> UnknownLinks(Canon canon, Corpus corpus)
    {
        var t = canon.Transitions;
        return t.LeadsTo.Select(x => x.Id).Concat(t.PrecededBy.Select(x => x.Id)).Concat(t.ConfusedWith.Select(x => x.Id))
            .Where(id => id != canon.Id && corpus.Find(id) is null)
            .Distinct(StringComparer.Ordinal)
            .Select(id => new LoadProblem(File, "$.transitions", $"links to unknown id '{id}'"));
    }

    private static (Canon?, IReadOnlyList<LoadProblem>) Refuse(string path, string message) => (null, [new LoadProblem(File, path, message)]);
}
