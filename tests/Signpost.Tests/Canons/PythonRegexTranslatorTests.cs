using Signpost.Canons;

namespace Signpost.Tests.Canons;

public sealed class PythonRegexTranslatorTests
{
    [Theory]
    [InlineData(@"(?P<n>\d+)", @"(?<n>\d+)")]
    [InlineData(@"(?P<q>['""])x(?P=q)", @"(?<q>['""])x\k<q>")]
    [InlineData(@"done\Z", @"done\z")]
    [InlineData(@"a{,3}", @"a{0,3}")]
    [InlineData(@"\\Z", @"\\Z")]
    [InlineData(@"\{,3}", @"\{,3}")]
    [InlineData(@"plain text", @"plain text")]
    public void Python_constructs_become_their_dotnet_equivalents(string python, string dotnet)
    {
        Assert.Equal(dotnet, PythonRegexTranslator.Translate(python).Pattern);
    }
}
