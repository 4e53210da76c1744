using Signpost.Submissions;

namespace Signpost.Web.Api;

/// <summary>
/// Review routes need <c>Authorization: Bearer KEY</c> with a key made by <c>signpost keys create</c>:
/// no key is 401 (with a WWW-Authenticate challenge), an unknown key 403.
/// </summary>
internal static class ReviewerAuth
{
    private const string ReviewerItem = "signpost.reviewer";

    public static async ValueTask<object?> RequireAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer realm=\"signpost-review\"";
            return TypedResults.Problem(
                "Review routes need a reviewer key: send 'Authorization: Bearer KEY'. A maintainer makes one with `signpost keys create --name NAME`.",
                statusCode: StatusCodes.Status401Unauthorized, title: "A reviewer key is required.");
        }
        var submissions = http.RequestServices.GetRequiredService<SubmissionService>();
        var reviewer = await submissions.ReviewerAsync(header[7..].Trim(), http.RequestAborted).ConfigureAwait(false);
        if (reviewer is null)
        {
            return TypedResults.Problem(
                "This key is not a reviewer key here. Check that it was copied whole, and that it was made against this server's database.",
                statusCode: StatusCodes.Status403Forbidden, title: "The reviewer key is not recognised.");
        }
        http.Items[ReviewerItem] = reviewer;
        return await next(context).ConfigureAwait(false);
    }

    public static string Reviewer(HttpContext http) => (string)http.Items[ReviewerItem]!;
}
