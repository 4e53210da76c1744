using System.Data.Common;
using System.Threading.Channels;

namespace Signpost.Storage;

/// <summary>
/// One writer for a SQLite file that commits every write waiting at that moment in a single
/// transaction: one fsync for many reports instead of one each. Each write runs under its own
/// savepoint, so one that fails is rolled back alone; every caller is answered after the commit.
/// </summary>
internal sealed class GroupCommit : IAsyncDisposable
{
    private const int MaxBatch = 512;

    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly Channel<Queued> _queue = Channel.CreateUnbounded<Queued>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public GroupCommit(Func<CancellationToken, Task<DbConnection>> open)
    {
        _open = open;
        _writer = Task.Run(WriteLoopAsync);
    }

    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write)
    {
        var queued = new Queued<T>(write);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(queued), this);
        return queued.Result;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Queued>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }
            try
            {
                await CommitAsync(batch).ConfigureAwait(false);
                batch.ForEach(q => q.Complete());
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or IOException)
            {
                batch.ForEach(q => q.Fail(e));
            }
        }
    }

    private async Task CommitAsync(List<Queued> batch)
    {
        await using var connection = await _open(CancellationToken.None).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        foreach (var queued in batch)
        {
            await transaction.SaveAsync("write").ConfigureAwait(false);
            try
            {
                await queued.RunAsync(connection, transaction).ConfigureAwait(false);
                await transaction.ReleaseAsync("write").ConfigureAwait(false);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or ArgumentException)
            {
                await transaction.RollbackAsync("write").ConfigureAwait(false);
                await transaction.ReleaseAsync("write").ConfigureAwait(false);
                queued.Fail(e);
            }
        }
        await transaction.CommitAsync().ConfigureAwait(false);
    }

    private abstract class Queued
    {
        public abstract Task RunAsync(DbConnection connection, DbTransaction transaction);

        public abstract void Complete();

        public abstract void Fail(Exception error);
    }

    private sealed class Queued<T>(Func<DbConnection, DbTransaction, Task<T>> write) : Queued
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _value;

        public Task<T> Result => _done.Task;

        public override async Task RunAsync(DbConnection connection, DbTransaction transaction) =>
            _value = await write(connection, transaction).ConfigureAwait(false);

        public override void Complete() => _done.TrySetResult(_value!);

        public override void Fail(Exception error) => _done.TrySetException(error);
    }
}
