using Signpost.Canons;
using Signpost.Rates;
using Signpost.Storage;

namespace Signpost.Tests.Rates;

public sealed class RateModelTests
{
    private static readonly Canon Seed = CorpusLoader.LoadBuiltIn().ToCorpus().Find("policy/github-actions-oidc-token-403-forbidden")!;

    [Fact]
    public void Without_reports_the_authored_figures_show()
    {
        var live = RateModel.Compute(Seed, []);

        Assert.Equal(Seed.Figures.FixRate, live.FixRate);
        Assert.Equal(Seed.Figures.Confidence, live.Confidence);
        Assert.Equal(Seed.Figures.EvidenceCount, live.Evidence);
        Assert.Equal(Seed.Workarounds[0].SuccessRate, live.Workarounds[0].Estimate.Rate);
    }

    [Fact]
    public void Failed_reports_lower_the_rate_and_count_as_evidence()
    {
        var live = RateModel.Compute(Seed, [new OutcomeTally(0, null, 0, 5)]);

        Assert.True(live.Workarounds[0].Estimate.Rate < Seed.Workarounds[0].SuccessRate);
        Assert.True(live.FixRate < Seed.Figures.FixRate);
        Assert.Equal(Seed.Figures.EvidenceCount + 5, live.Evidence);
    }

    [Fact]
    public void The_interval_holds_the_rate_and_narrows_with_reports()
    {
        var few = RateModel.Compute(Seed, [new OutcomeTally(0, null, 4, 1)]).Workarounds[0].Estimate;
        var many = RateModel.Compute(Seed, [new OutcomeTally(0, null, 400, 100)]).Workarounds[0].Estimate;

        Assert.InRange(few.Rate, few.Low, few.High);
        Assert.True(many.High - many.Low < few.High - few.Low);
    }

    [Fact]
    public void Confidence_grows_with_evidence()
    {
        var some = RateModel.Compute(Seed, [new OutcomeTally(1, null, 3, 2)]);
        var more = RateModel.Compute(Seed, [new OutcomeTally(1, null, 30, 20)]);

        Assert.True(some.Confidence > Seed.Figures.Confidence);
        Assert.True(more.Confidence > some.Confidence);
    }

    [Fact]
    public void An_environment_shows_from_five_reports()
    {
        var live = RateModel.Compute(Seed, [new OutcomeTally(0, "windows", 1, 4), new OutcomeTally(0, "linux", 4, 0)]);

        var shown = Assert.Single(live.Workarounds[0].Environments);
        Assert.Equal("windows", shown.Environment);
        Assert.Equal(5, shown.Estimate.Reports);
    }

    [Fact]
    public void A_human_reviewed_rate_moves_less_than_an_ai_generated_one()
    {
        var reviewed = Seed with { Provenance = Seed.Provenance with { ReviewStatus = ReviewStatuses.HumanReviewed } };
        List<OutcomeTally> fails = [new OutcomeTally(0, null, 0, 5)];

        Assert.True(RateModel.Compute(reviewed, fails).Workarounds[0].Estimate.Rate > RateModel.Compute(Seed, fails).Workarounds[0].Estimate.Rate);
    }
}
