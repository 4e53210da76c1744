using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Signpost.Web.Pages;

/// <summary>Builds <see cref="Html"/> from an interpolated string, encoding every hole that is not Html.</summary>
[InterpolatedStringHandler]
internal readonly ref struct HtmlHandler
{
    private readonly StringBuilder _builder;

    public HtmlHandler(int literalLength, int formattedCount) => _builder = new StringBuilder(literalLength + (formattedCount * 16));

    public void AppendLiteral(string value) => _builder.Append(value);

    public void AppendFormatted(Html value) => _builder.Append(value.Value);

    public void AppendFormatted(string? value) => _builder.Append(Html.Encoder.Encode(value ?? ""));

    public void AppendFormatted<T>(T value, string? format = null) where T : IFormattable =>
        _builder.Append(Html.Encoder.Encode(value.ToString(format, CultureInfo.InvariantCulture)));

    public Html ToHtml() => new(_builder.ToString());
}
