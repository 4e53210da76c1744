using Microsoft.AspNetCore.Mvc;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Signpost.Web.Api;

/// <summary>
/// Turns a request the framework could not read (bad JSON, a body over the limit, a missing
/// parameter) into a problem document that says what was wrong, with the status it carries.
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        var tooLarge = bad.StatusCode == StatusCodes.Status413PayloadTooLarge;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = tooLarge ? "The request body is too large." : "The request could not be read.",
                Detail = Describe(bad),
            },
        }).ConfigureAwait(false);
    }

    private static string Describe(BadHttpRequestException bad) => bad.InnerException switch
    {
        JsonException json => $"The body is not valid JSON for this route: {json.Message} Send a JSON object such as {{\"text\": \"...\"}} with Content-Type: application/json.",
        _ => bad.Message,
    };
}
