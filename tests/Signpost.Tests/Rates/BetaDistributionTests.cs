using Signpost.Rates;

namespace Signpost.Tests.Rates;

public sealed class BetaDistributionTests
{
    [Theory]
    [InlineData(1, 1, 0.05, 0.05)]
    [InlineData(1, 1, 0.95, 0.95)]
    [InlineData(2, 2, 0.5, 0.5)]
    [InlineData(2, 5, 0.95, 0.5818)]
    [InlineData(10, 2, 0.05, 0.6356)]
    public void Quantiles_match_published_values(double alpha, double beta, double p, double expected)
    {
        Assert.Equal(expected, new BetaDistribution(alpha, beta).Quantile(p), 3);
    }

    [Fact]
    public void Mean_is_alpha_over_the_sum()
    {
        Assert.Equal(0.75, new BetaDistribution(3, 1).Mean, 10);
    }
}
