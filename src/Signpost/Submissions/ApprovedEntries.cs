using Signpost.Storage;

namespace Signpost.Submissions;

/// <summary>
/// Puts approved entries into the corpus folder and reloads the knowledge base (in-flight lookups
/// keep the snapshot they started with). <see cref="SyncAsync"/> brings in approvals made by other
/// instances sharing the database.
/// </summary>
public sealed class ApprovedEntries(KnowledgeBase knowledge, StateStore store)
{
    private readonly HashSet<long> _seen = [];
    private readonly Lock _gate = new();
    private bool _baselined;

    /// <summary>Writes the approved entry's file (when its content differs) and reloads; returns the file's path.</summary>
    public string Apply(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var directory = knowledge.Source.WritableDirectory
            ?? throw new InvalidOperationException("the corpus is built in; approved entries need a corpus folder");
        var path = Path.Combine(directory, submission.EntryId + ".json");
        lock (_gate)
        {
            _seen.Add(submission.Id);
            if (!File.Exists(path) || File.ReadAllText(path) != submission.EntryJson)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var temporary = path + ".tmp";
                File.WriteAllText(temporary, submission.EntryJson);
                File.Move(temporary, path, overwrite: true);
            }
            knowledge.Reload();
        }
        return path;
    }

    /// <summary>
    /// Applies approvals this instance has not seen. The first call only records what is approved
    /// already: those files are in the folder, and may have been edited in review since.
    /// </summary>
    public async Task<int> SyncAsync(CancellationToken cancellationToken = default)
    {
        if (knowledge.Source.WritableDirectory is null)
        {
            return 0;
        }
        var approved = await store.ListSubmissionsAsync(SubmissionStatuses.Approved, cancellationToken).ConfigureAwait(false);
        List<Submission> fresh;
        lock (_gate)
        {
            fresh = _baselined ? [.. approved.Where(s => !_seen.Contains(s.Id))] : [];
            _seen.UnionWith(approved.Select(s => s.Id));
            _baselined = true;
        }
        foreach (var submission in fresh.OrderBy(s => s.Decided))
        {
            Apply(submission);
        }
        return fresh.Count;
    }
}
