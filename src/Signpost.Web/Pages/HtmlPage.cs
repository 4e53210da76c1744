namespace Signpost.Web.Pages;

/// <summary>An HTML response with the headers every page carries: a strict Content-Security-Policy and no sniffing.</summary>
internal sealed class HtmlPage(string html, int status = StatusCodes.Status200OK) : IResult
{
    /// <summary>Scripts and styles only from the site itself; no inline script, no framing, forms post only here.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public string Html => html;

    public int Status => status;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        return response.WriteAsync(html, httpContext.RequestAborted);
    }
}
