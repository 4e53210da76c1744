using Signpost.Canons;

namespace Signpost.Tests.Canons;

public sealed class StringPoolTests
{
    [Fact]
    public void A_load_keeps_a_string_two_deadends_entries_share_once()
    {
        var load = CorpusLoader.LoadDirectories([TestFiles.Path("Canons", "Fixtures", "deadends")]);
        var (linux, mac) = (load.Loaded[0].Canon, load.Loaded[1].Canon);

        Assert.Equal(linux.Domain, mac.Domain);
        Assert.Same(linux.Domain, mac.Domain);
    }

    [Fact]
    public void A_load_keeps_a_string_two_signpost_entries_share_once()
    {
        var load = CorpusLoader.LoadBuiltIn();
        var sameDomain = load.Loaded.GroupBy(l => l.Canon.Domain).First(g => g.Count() > 1).ToList();

        Assert.Same(sameDomain[0].Canon.Domain, sameDomain[1].Canon.Domain);
    }

    [Fact]
    public void Outside_a_load_a_string_is_returned_as_it_is()
    {
        var text = new string('x', 3);

        Assert.Same(text, StringPool.Intern(text));
    }

    [Fact]
    public void Strings_read_in_one_load_are_not_shared_with_the_next()
    {
        var first = CorpusLoader.LoadBuiltIn().Loaded[0].Canon;
        var second = CorpusLoader.LoadBuiltIn().Loaded[0].Canon;

        Assert.Equal(first.Domain, second.Domain);
        Assert.NotSame(first.Domain, second.Domain);
    }
}
