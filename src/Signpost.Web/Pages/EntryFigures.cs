using System.Data.Common;
using Signpost.Canons;
using Signpost.Rates;

namespace Signpost.Web.Pages;

/// <summary>
/// The figures an entry page shows: live ones (reports counted) when the host has a state store,
/// the authored ones otherwise, as in a static export or when the store cannot be reached.
/// </summary>
internal static class EntryFigures
{
    public static LiveEntryFigures Authored(Canon canon) => RateModel.Compute(canon, []);

    public static async Task<LiveEntryFigures> ForAsync(IServiceProvider services, Canon canon, CancellationToken cancellationToken)
    {
        if (services.GetService<LiveFigures>() is not { } live)
        {
            return Authored(canon);
        }
        try
        {
            return await live.ForAsync(canon, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EntryFigures)).LogWarning(e, "Live figures for {Id} unavailable; showing authored figures.", canon.Id);
            return Authored(canon);
        }
    }
}
