using Signpost.Matching;

namespace Signpost.Tests.Matching;

public sealed class MatchIndexTests
{
    private static readonly MatchIndex Index = MatchIndex.Build(ScenarioCorpus.Corpus);

    [Fact]
    public void Exit_status_1_identifies_nothing_while_a_rarer_status_does()
    {
        Assert.Equal(0, Index.CodeSpecificity(new ErrorCode("exit", "exit1")));
        Assert.True(Index.CodeSpecificity(new ErrorCode("exit", "exit137")) > 0.5);
    }
}
