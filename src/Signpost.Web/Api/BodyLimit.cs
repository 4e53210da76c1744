using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Signpost.Web.Api;

/// <summary>
/// The largest request body a route accepts. <see cref="GuardAsync"/> answers 413 with a
/// problem document before reading a body whose declared length is over it, and hands the
/// limit to the server so that a chunked body is stopped while it is read.
/// </summary>
public sealed record BodyLimit(long Bytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => Bytes;

    public static async Task GuardAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<BodyLimit>();
        if (limit is not null)
        {
            if (context.Request.ContentLength > limit.Bytes)
            {
                await ApiProblems.TooLarge(limit.Bytes).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }
            var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (feature is { IsReadOnly: false })
            {
                feature.MaxRequestBodySize = limit.Bytes;
            }
        }
        await next().ConfigureAwait(false);
    }
}
