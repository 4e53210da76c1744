using Microsoft.Extensions.Configuration.Memory;

namespace Signpost.Web;

/// <summary>
/// The log levels a server starts with when nothing else sets them: warnings and errors from
/// ASP.NET Core, information from Signpost. At Information, ASP.NET Core writes four to six console
/// lines for every request, and under load that logging costs more than the lookup itself.
/// appsettings.json, <c>Logging__LogLevel__...</c> environment variables and the command line
/// still override these, because they are read after them.
/// </summary>
public static class LoggingDefaults
{
    private static readonly Dictionary<string, string?> Levels = new(StringComparer.Ordinal)
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };

    /// <summary>Puts the defaults first among the configuration sources, below every other one.</summary>
    public static void Apply(IConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Levels });
    }
}
