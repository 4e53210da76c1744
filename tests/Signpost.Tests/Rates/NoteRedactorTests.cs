using System.Text.Json;
using Signpost.Rates;

namespace Signpost.Tests.Rates;

public sealed class NoteRedactorTests
{
    public static TheoryData<string, string> Cases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Rates", "Cases", "redactions.json");
        var data = new TheoryData<string, string>();
        foreach (var item in JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateArray())
        {
            data.Add(item.GetProperty("note").GetString()!, item.GetProperty("expected").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Secrets_tokens_emails_and_home_folders_are_redacted(string note, string expected)
    {
        Assert.Equal(expected, NoteRedactor.Redact(note));
    }
}
