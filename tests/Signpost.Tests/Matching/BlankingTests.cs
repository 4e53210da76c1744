using System.Text.RegularExpressions;
using Signpost.Matching;

namespace Signpost.Tests.Matching;

public sealed class BlankingTests
{
    private static readonly Regex Digits = new(@"\d+");

    [Theory]
    [InlineData("exit 137 after 12 s", "exit # after # s")]
    [InlineData("42", "#")]
    [InlineData("no digits here", "no digits here")]
    [InlineData("", "")]
    public void Every_match_is_replaced_by_the_text_and_the_rest_kept(string input, string expected)
    {
        Assert.Equal(expected, Digits.Blank(input, "#"));
        Assert.Equal(Digits.Replace(input, "#"), Digits.Blank(input, "#"));
    }
}
