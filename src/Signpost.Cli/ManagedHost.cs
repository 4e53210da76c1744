using System.CommandLine;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Signpost.Cli.Commands;

namespace Signpost.Cli;

/// <summary>
/// The commands the native (ahead-of-time compiled) <c>signpost</c> leaves to the .NET runtime: those that
/// run the web host or the MCP SDK, which need reflection and emitted code, and those that open the state
/// store (its database drivers would weigh on every lookup's start). The native executable
/// hands them to the managed build published beside it (<c>host/signpost.dll</c>); on Unix it replaces
/// itself with <c>dotnet</c>, so arguments, streams, signals and the exit code are the host's own.
/// </summary>
internal static partial class ManagedHost
{
    public static readonly (string Name, string Description)[] Commands =
    [
        ("serve", ServeCommand.Description),
        ("mcp", McpCommand.Description),
        ("run", RunCommand.Description),
        ("report", ReportCommand.Description),
        ("keys", KeysCommand.Description),
        ("export", ExportCommand.Description),
    ];

    public static bool Runs(string[] args) => args.Length > 0 && Commands.Any(c => c.Name == args[0]);

    /// <summary>A command for the root's help listing; its own help and its work come from the host.</summary>
    public static Command Listing((string Name, string Description) command) => new(command.Name, command.Description);

    public static int Run(string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "host", "signpost.dll");
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"signpost: `{args[0]}` runs on the .NET runtime from {dll}, which is missing; reinstall the tool (or publish with `dotnet publish src/Signpost.Cli -r RID`, which writes it)");
            return ExitCodes.BadUsage;
        }
        var dotnet = Dotnet();
        if (OperatingSystem.IsWindows())
        {
            using var process = Process.Start(new ProcessStartInfo(dotnet, [dll, .. args]))!;
            process.WaitForExit();
            return process.ExitCode;
        }
        Execvp(dotnet, [dotnet, dll, .. args, null]);
        // execvp returns only when it could not start dotnet.
        Console.Error.WriteLine($"signpost: `{args[0]}` needs the .NET 10 runtime, and '{dotnet}' could not be started (errno {Marshal.GetLastPInvokeError()}); put dotnet on PATH or set DOTNET_ROOT");
        return ExitCodes.BadUsage;
    }

    /// <summary>The dotnet that started this tool, else the one under DOTNET_ROOT, else dotnet on PATH.</summary>
    private static string Dotnet()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        var underRoot = string.IsNullOrEmpty(root) ? null : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return underRoot is not null && File.Exists(underRoot) ? underRoot : "dotnet";
    }

    [LibraryImport("libc", EntryPoint = "execvp", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Execvp(string file, string?[] argv);
}
