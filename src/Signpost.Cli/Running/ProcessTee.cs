using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Signpost.Cli.Running;

/// <summary>
/// Runs a command with its output passed through byte for byte as it comes, and keeps the
/// tail of what it printed (both streams, in arrival order) to look up when it fails.
/// </summary>
internal sealed class ProcessTee : IDisposable
{
    /// <summary>How much of the output is kept; the engine reads at most 1 MiB, the tail.</summary>
    public const int KeptBytes = 1024 * 1024;

    private readonly MemoryStream _kept = new();
    private readonly Lock _gate = new();

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return Encoding.UTF8.GetString(_kept.GetBuffer(), 0, (int)_kept.Length);
            }
        }
    }

    public void Dispose() => _kept.Dispose();

    /// <summary>Runs the command to its end; returns its exit code, or throws when it cannot start.</summary>
    /// <exception cref="Win32Exception">The command was not found or may not be run.</exception>
    public async Task<int> RunAsync(string file, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        using var stdout = Console.OpenStandardOutput();
        using var stderr = Console.OpenStandardError();
        await Task.WhenAll(
            PumpAsync(process.StandardOutput.BaseStream, stdout, cancellationToken),
            PumpAsync(process.StandardError.BaseStream, stderr, cancellationToken)).ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return process.ExitCode;
    }

    private async Task PumpAsync(Stream from, Stream to, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            await to.FlushAsync(cancellationToken).ConfigureAwait(false);
            Keep(buffer.AsSpan(0, read));
        }
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            _kept.Write(bytes);
            if (_kept.Length > 2 * KeptBytes)
            {
                var tail = _kept.GetBuffer().AsSpan((int)_kept.Length - KeptBytes, KeptBytes).ToArray();
                _kept.SetLength(0);
                _kept.Write(tail);
            }
        }
    }
}
