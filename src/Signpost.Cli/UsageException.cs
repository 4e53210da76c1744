namespace Signpost.Cli;

/// <summary>Bad usage or input: the message says what is wrong and how to fix it; exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
