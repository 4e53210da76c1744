using Signpost.Rates;
using Signpost.Storage;
using Signpost.Submissions;

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
        return services;
    }
}
