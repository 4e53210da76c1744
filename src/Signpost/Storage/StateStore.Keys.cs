namespace Signpost.Storage;

public abstract partial class StateStore
{
    /// <summary>Stores a reviewer key by its hash; false when the name is taken.</summary>
    public Task<bool> AddReviewerKeyAsync(string name, string keyHash, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) => await ScalarAsync(connection, transaction, """
            INSERT INTO reviewer_keys (name, key_hash, created_at) VALUES (@name, @hash, @created)
            ON CONFLICT (name) DO NOTHING RETURNING id
            """, [("name", name), ("hash", keyHash), ("created", Now())], cancellationToken).ConfigureAwait(false) is not null, cancellationToken);

    /// <summary>Deletes a reviewer's key, so it no longer opens the review routes; false when the name has none.</summary>
    public Task<bool> RevokeReviewerKeyAsync(string name, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) => await ScalarAsync(connection, transaction,
            "DELETE FROM reviewer_keys WHERE name = @name RETURNING id", [("name", name)], cancellationToken).ConfigureAwait(false) is not null, cancellationToken);

    /// <summary>The name of the reviewer whose key has this hash, or null.</summary>
    public async Task<string?> FindReviewerAsync(string keyHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return (string?)await ScalarAsync(connection, null, "SELECT name FROM reviewer_keys WHERE key_hash = @hash", [("hash", keyHash)], cancellationToken).ConfigureAwait(false);
    }
}
