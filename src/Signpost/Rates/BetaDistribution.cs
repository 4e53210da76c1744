namespace Signpost.Rates;

/// <summary>
/// The Beta distribution of a success rate: its mean and quantiles (by bisection on the
/// regularized incomplete beta function, evaluated with Lentz's continued fraction).
/// </summary>
public readonly record struct BetaDistribution(double Alpha, double Beta)
{
    public double Mean => Alpha / (Alpha + Beta);

    /// <summary>The rate below which a share <paramref name="p"/> of the belief lies.</summary>
    public double Quantile(double p)
    {
        double low = 0, high = 1;
        for (var i = 0; i < 60; i++)
        {
            var mid = (low + high) / 2;
            if (Cdf(mid) < p)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    public double Cdf(double x)
    {
        if (x <= 0)
        {
            return 0;
        }
        if (x >= 1)
        {
            return 1;
        }
        var front = Math.Exp(LogGamma(Alpha + Beta) - LogGamma(Alpha) - LogGamma(Beta) + (Alpha * Math.Log(x)) + (Beta * Math.Log(1 - x)));
        // The continued fraction converges fast on one side of the mean; use the symmetry on the other.
        return x < (Alpha + 1) / (Alpha + Beta + 2)
            ? front * ContinuedFraction(Alpha, Beta, x) / Alpha
            : 1 - (front * ContinuedFraction(Beta, Alpha, 1 - x) / Beta);
    }

    private static double ContinuedFraction(double a, double b, double x)
    {
        const double Tiny = 1e-300;
        double c = 1, d = 1 - ((a + b) * x / (a + 1));
        d = 1 / (Math.Abs(d) < Tiny ? Tiny : d);
        var h = d;
        for (var m = 1; m <= 300; m++)
        {
            var even = m * (b - m) * x / ((a + (2 * m) - 1) * (a + (2 * m)));
            (c, d) = Step(even, c, d);
            h *= d * c;
            var odd = -(a + m) * (a + b + m) * x / ((a + (2 * m)) * (a + (2 * m) + 1));
            (c, d) = Step(odd, c, d);
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-12)
            {
                break;
            }
        }
        return h;

        static (double C, double D) Step(double term, double c, double d)
        {
            d = 1 + (term * d);
            d = 1 / (Math.Abs(d) < Tiny ? Tiny : d);
            c = 1 + (term / c);
            return (Math.Abs(c) < Tiny ? Tiny : c, d);
        }
    }

    private static double LogGamma(double x)
    {
        // Lanczos approximation (g = 7, n = 9).
        ReadOnlySpan<double> g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }
        x -= 1;
        var sum = g[0];
        for (var i = 1; i < g.Length; i++)
        {
            sum += g[i] / (x + i);
        }
        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }
}
