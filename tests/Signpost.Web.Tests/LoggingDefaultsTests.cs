using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Signpost.Web.Tests;

public sealed class LoggingDefaultsTests(SignpostFactory factory) : IClassFixture<SignpostFactory>
{
    private const string RequestLog = "Microsoft.AspNetCore.Hosting.Diagnostics";
    private const string SignpostLog = "Signpost.Web.StateStartup";

    [Fact]
    public void Requests_are_not_logged_by_default_but_Signpost_and_ASP_NET_Core_warnings_are()
    {
        var loggers = factory.Services.GetRequiredService<ILoggerFactory>();

        Assert.False(loggers.CreateLogger(RequestLog).IsEnabled(LogLevel.Information));
        Assert.True(loggers.CreateLogger(RequestLog).IsEnabled(LogLevel.Warning));
        Assert.True(loggers.CreateLogger(SignpostLog).IsEnabled(LogLevel.Information));
    }

    [Fact]
    public void Configuration_turns_request_logs_back_on()
    {
        using var verbose = factory.WithWebHostBuilder(b => b.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Information"));

        var loggers = verbose.Services.GetRequiredService<ILoggerFactory>();

        Assert.True(loggers.CreateLogger(RequestLog).IsEnabled(LogLevel.Information));
    }
}
