namespace Signpost;

/// <summary>
/// Settings shared by the CLI and the web host, bound from the <c>Signpost:</c> configuration
/// section and <c>SIGNPOST_</c> environment variables.
/// </summary>
public sealed class SignpostOptions
{
    public const string Section = "Signpost";

    /// <summary>Corpus folders; empty means the built-in corpus.</summary>
    public List<string> Corpus { get; set; } = [];

    /// <summary>Folder for state (the SQLite file); default: the user's data folder + "signpost".</summary>
    public string? Data { get; set; }

    /// <summary>A PostgreSQL connection string; when set, state lives there instead of SQLite.</summary>
    public string? Db { get; set; }

    public string DataDirectory =>
        Data ?? System.Environment.GetEnvironmentVariable("SIGNPOST_DATA")
        ?? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.LocalApplicationData, System.Environment.SpecialFolderOption.DoNotVerify), "signpost");
}
