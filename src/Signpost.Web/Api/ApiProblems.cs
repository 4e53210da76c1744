using Microsoft.AspNetCore.Http.HttpResults;

namespace Signpost.Web.Api;

/// <summary>RFC 7807 problem documents for the API's errors, each saying what was wrong and how to fix it.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid.");

    public static ProblemHttpResult UnknownEntry(string id) =>
        TypedResults.Problem(
            $"No entry has the id '{id}'. Ids look like 'domain/slug' or 'domain/slug/env'; find one with GET /api/v1/search?q=...",
            statusCode: StatusCodes.Status404NotFound,
            title: "Unknown entry.");

    public static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(
            $"The request body is larger than {limit} bytes. Send less text (the tail of a log holds the error) or split a batch.",
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "The request body is too large.");

    /// <summary>What to say when the framework, not a route, produced the error.</summary>
    public static string? DefaultDetail(int? status) => status switch
    {
        StatusCodes.Status404NotFound => "No such route. The API's routes are listed at /openapi/v1.json and browsable at /docs.",
        StatusCodes.Status405MethodNotAllowed => "This route does not take this HTTP method; see /openapi/v1.json.",
        StatusCodes.Status413PayloadTooLarge => "The request body is over this route's limit. Send less text (the tail of a log holds the error) or split a batch.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON with Content-Type: application/json.",
        _ => null,
    };
}
