using System.Text;

namespace Signpost.Benchmarks;

/// <summary>Inputs for the speed runner written for it: unknown one-line errors, a 200-line build log, a huge input.</summary>
internal static class SpeedSamples
{
    public static readonly string[] Unknown =
    [
        "error: widget frobnication failed with status 7",
        "FATAL: the quux daemon refused the handshake on port 8123",
        "Segmentation fault (core dumped) in libfoo.so.3",
        "Exception in thread \"main\" com.acme.WidgetException: bad widget",
    ];

    public static string Log200 { get; } = BuildLog();

    /// <summary>Inputs shaped to make a lookup work hard: one endless line, every line an error, error words and codes everywhere.</summary>
    public static IEnumerable<(string Name, string Text)> Hostile(int chars)
    {
        yield return ("one line", Repeat("cannot borrow value as mutable because the widget failed ", chars));
        yield return ("all error lines", Repeat("error[E0502]: cannot borrow `map` as mutable; exit code 137 HTTP 403 npm ERR! Python 3.11\n", chars));
        yield return ("digits and dots", Repeat("1.2.3.4 v9.8.7 0x1f 404 ", chars));
    }

    private static string Repeat(string unit, int chars) => new StringBuilder(chars + unit.Length).Insert(0, unit, (chars / unit.Length) + 1).ToString();

    public static string Huge(int chars)
    {
        var sb = new StringBuilder(chars + 200);
        var i = 0;
        while (sb.Length < chars)
        {
            sb.Append("2024-05-01T10:00:00Z [INFO] step ").Append(i++).Append(" processed /var/lib/app/item-").Append(i).Append(".json in 12 ms\n");
        }
        sb.Append("Error: ENOSPC: no space left on device, write\n");
        return sb.ToString();
    }

    private static string BuildLog()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 196; i++)
        {
            sb.Append("2024-05-01T10:00:").Append((i % 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture))
                .Append("Z #12 ").Append(i).Append(".3 Compiling module_").Append(i).Append(" (src/module_").Append(i).Append("/lib.rs) in 0.").Append(i).Append("s\n");
        }
        sb.Append("error[E0502]: cannot borrow `map` as mutable because it is also borrowed as immutable\n");
        sb.Append("  --> src/main.rs:12:5\n");
        sb.Append("error: could not compile `app` due to previous error\n");
        sb.Append("##[error]Process completed with exit code 101.\n");
        return sb.ToString();
    }
}
