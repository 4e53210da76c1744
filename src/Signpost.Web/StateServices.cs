using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Signpost.Rates;
using Signpost.Storage;
using Signpost.Submissions;
using Signpost.Web.Api;

namespace Signpost.Web;

/// <summary>
/// What users send, and what it moves: the store (SQLite or PostgreSQL, migrated at start), live
/// figures, outcome reports, submissions and their review, and the sync of approvals between instances.
/// </summary>
public static class StateServices
{
    public static IServiceCollection AddSignpostState(this IServiceCollection services, SignpostOptions options)
    {
        services.AddSingleton(_ => StateStore.Open(options));
        services.AddSingleton<LiveFigures>();
        services.AddSingleton<OutcomeService>();
        services.AddSingleton<ApprovedEntries>();
        services.AddSingleton<SubmissionService>();
        services.AddHostedService<StateStartup>();
        services.AddHostedService<ApprovalSync>();
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((limiter, configuration) =>
        {
            var perHour = configuration.GetValue("Signpost:SubmissionsPerHour", 20);
            limiter.AddPolicy(SubmissionsApi.Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perHour, Window = TimeSpan.FromHours(1) }));
        });
        return services;
    }
}
