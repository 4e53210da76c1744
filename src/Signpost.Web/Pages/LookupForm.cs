using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Signpost.Matching;

namespace Signpost.Web.Pages;

/// <summary>
/// The home page's paste box: reads the form field <c>text</c> (at most 1 MiB) and answers with
/// result cards, or with a page that says plainly what was wrong with the request.
/// </summary>
internal static class LookupForm
{
    public const int MaxTextBytes = 1024 * 1024;

    /// <summary>Form encoding can triple the size of a text (percent-escapes), so the body may be larger than the text.</summary>
    private const int MaxBodyBytes = (3 * MaxTextBytes) + 64 * 1024;

    public static async Task<IResult> HandleAsync(HttpContext http, PageContext ctx)
    {
        ArgumentNullException.ThrowIfNull(http);
        var t = ctx.Text;
        if (!http.Request.HasFormContentType)
        {
            return Problem(ctx, t["lookup_not_form"], StatusCodes.Status415UnsupportedMediaType);
        }
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Problem(ctx, t["lookup_too_large"], StatusCodes.Status413PayloadTooLarge);
        }
        var text = await ReadTextAsync(http).ConfigureAwait(false);
        if (text is null || Encoding.UTF8.GetByteCount(text) > MaxTextBytes)
        {
            return Problem(ctx, t["lookup_too_large"], StatusCodes.Status413PayloadTooLarge);
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return Problem(ctx, t["lookup_empty"], StatusCodes.Status400BadRequest);
        }
        var result = ctx.Snapshot.Matcher.Match(text, new LookupOptions { Top = 5 });
        return new HtmlPage(HomePage.Render(ctx, text, result));
    }

    /// <summary>The pasted text, or null when the body is larger than a lookup may be.</summary>
    private static async Task<string?> ReadTextAsync(HttpContext http)
    {
        var size = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (size is { IsReadOnly: false })
        {
            size.MaxRequestBodySize = MaxBodyBytes;
        }
        try
        {
            var options = new FormOptions { ValueLengthLimit = MaxBodyBytes, MultipartBodyLengthLimit = MaxBodyBytes };
            var form = await http.Request.ReadFormAsync(options, http.RequestAborted).ConfigureAwait(false);
            return form["text"].ToString();
        }
        catch (InvalidDataException)
        {
            return null;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    private static HtmlPage Problem(PageContext ctx, string message, int status) =>
        new(HomePage.Render(ctx, problem: message), status);
}
