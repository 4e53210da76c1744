using System.Text.Json;
using Signpost.Canons;

namespace Signpost.Tests.Canons;

public sealed class CorpusValidatorTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        using var cases = JsonDocument.Parse(TestFiles.Read("Canons", "Fixtures", "validation-cases.json"));
        foreach (var c in cases.RootElement.EnumerateArray())
        {
            data.Add(c.GetProperty("folder").GetString()!, c.GetProperty("path").GetString()!, c.GetProperty("message").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_rule_reports_its_fixture_by_file_and_path(string folder, string path, string message)
    {
        var root = TestFiles.Path("Canons", "Fixtures", folder);

        var problems = CorpusValidator.Validate(CorpusLoader.LoadDirectories([root]), [root]);

        Assert.Contains(problems, p => p.Path.StartsWith(path, StringComparison.Ordinal)
            && p.Message.Contains(message, StringComparison.Ordinal)
            && p.File.StartsWith(root, StringComparison.Ordinal));
    }

    [Fact]
    public void A_valid_folder_has_no_problems()
    {
        var root = TestFiles.Path("Canons", "Fixtures", "valid");

        Assert.Empty(CorpusValidator.Validate(CorpusLoader.LoadDirectories([root]), [root]));
    }

    [Fact]
    public void The_built_in_corpus_is_valid()
    {
        var root = TestFiles.Path("corpus");

        var problems = CorpusValidator.Validate(CorpusLoader.LoadDirectories([root]), [root]);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_rule_has_a_fixture()
    {
        var folders = Directory.GetDirectories(TestFiles.Path("Canons", "Fixtures", "invalid")).Select(System.IO.Path.GetFileName);
        var listed = Cases().Select(row => System.IO.Path.GetFileName((string)row[0]));

        Assert.Equal(folders.Order(), listed.Order());
    }
}
