using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Signpost.Web.Api;

/// <summary>What the HTTP API needs from the host: JSON, problem documents, CORS, rate limits, OpenAPI.</summary>
public static class ApiServices
{
    public static IServiceCollection AddSignpostApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.ConfigureHttpJsonOptions(o => WireJson.Configure(o.SerializerOptions));
        // Throwing lets BadRequestHandler say what was wrong instead of an empty 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Detail ??= ApiProblems.DefaultDetail(c.ProblemDetails.Status));
        services.AddExceptionHandler<BadRequestHandler>();
        services.AddCors(o => o.AddPolicy(ApiPolicies.Reads, p => p.AllowAnyOrigin().AllowAnyHeader().WithMethods("GET", "POST")));
        // One write budget per address, spent by the REST write routes and the MCP write tools alike.
        services.AddSingleton<WriteBudgets>();
        services.AddRateLimiter(AddWriteLimits);
        services.AddOpenApi(o =>
        {
            // The document describes the API; pages, assets and /mcp have their own contracts.
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Signpost API";
                document.Info.Description = "Look up errors and logs, read entries with their fixes and dead ends, report outcomes.";
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>Any other path under /api answers 404 with a problem document, not a page.</summary>
    public static IEndpointRouteBuilder MapApiNotFound(this IEndpointRouteBuilder app)
    {
        app.Map("/api/{**rest}", () => TypedResults.Problem(ApiProblems.DefaultDetail(StatusCodes.Status404NotFound), statusCode: StatusCodes.Status404NotFound, title: "Unknown API route."))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>The middleware the API's routes rely on, in order.</summary>
    public static WebApplication UseSignpostApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseCors();
        app.UseRateLimiter();
        app.Use(BodyLimit.GuardAsync);
        return app;
    }

    /// <summary>What a client is told when it has spent its writes for the minute, over HTTP routes and MCP alike.</summary>
    internal const string TooManyWrites = "Too many writes from this address in the last minute. Wait a minute and retry.";

    /// <summary>The per-address budgets, from <c>Signpost:WritesPerMinute</c> (30) and <c>Signpost:SubmissionsPerMinute</c> (10).</summary>
    internal static (int Writes, int Submissions) WritesPerMinute(IConfiguration configuration) =>
        (configuration.GetValue("Signpost:WritesPerMinute", 30), configuration.GetValue("Signpost:SubmissionsPerMinute", 10));

    private static void AddWriteLimits(RateLimiterOptions o)
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.OnRejected = (context, _) => new ValueTask(TypedResults.Problem(
            TooManyWrites, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests.").ExecuteAsync(context.HttpContext));
        o.AddPolicy(ApiPolicies.Writes, context => Shared(context, submission: false));
        o.AddPolicy(ApiPolicies.Submissions, context => Shared(context, submission: true));
    }

    /// <summary>The request's address, limited by the server's shared <see cref="WriteBudgets"/>.</summary>
    private static RateLimitPartition<string> Shared(HttpContext context, bool submission)
    {
        var budget = context.RequestServices.GetRequiredService<WriteBudgets>().Of(submission);
        return RateLimitPartition.Get(Address(context), address => new BudgetLimiter(budget, address));
    }

    /// <summary>The client's address, the key of its write budgets.</summary>
    internal static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "local";
}
