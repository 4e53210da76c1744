namespace Signpost.Cli;

/// <summary>The exit codes every command keeps to.</summary>
internal static class ExitCodes
{
    public const int Found = 0;
    public const int NothingKnown = 1;
    public const int BadUsage = 2;
}
