namespace Signpost.Tests;

/// <summary>Paths of the data files copied next to the tests.</summary>
internal static class TestFiles
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(Path(parts));
}
