namespace Signpost.Tests;

/// <summary>
/// Compares output with a file under Expectations/. Set SIGNPOST_UPDATE_EXPECTATIONS=1 to rewrite
/// the files in the source tree after reviewing a deliberate change.
/// </summary>
internal static class Expectation
{
    public static void Matches(string actual, string folder, string name)
    {
        var copied = TestFiles.Path(folder, "Expectations", name);
        if (Environment.GetEnvironmentVariable("SIGNPOST_UPDATE_EXPECTATIONS") == "1")
        {
            var source = System.IO.Path.GetFullPath(System.IO.Path.Combine(AppContext.BaseDirectory, "../../../", folder, "Expectations", name));
            File.WriteAllText(source, actual);
            return;
        }
        Assert.True(File.Exists(copied), $"no expectation file {folder}/Expectations/{name}; run with SIGNPOST_UPDATE_EXPECTATIONS=1 and review it");
        Assert.Equal(File.ReadAllText(copied).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
