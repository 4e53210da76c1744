namespace Signpost.Web.Api;

/// <summary>Names of the CORS and rate-limit policies the API's routes opt into.</summary>
public static class ApiPolicies
{
    /// <summary>CORS: any origin may call read routes (lookups included, which change nothing).</summary>
    public const string Reads = "signpost-reads";

    /// <summary>Rate limit for routes that store what users send.</summary>
    public const string Writes = "signpost-writes";

    /// <summary>Rate limit for submissions, stricter than reports: each one costs a reviewer's time.</summary>
    public const string Submissions = "signpost-submissions";
}
