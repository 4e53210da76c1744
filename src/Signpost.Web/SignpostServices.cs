namespace Signpost.Web;

/// <summary>The services every Signpost host needs, registered once for the CLI and the web host.</summary>
public static class SignpostServices
{
    public static IServiceCollection AddSignpost(this IServiceCollection services, IConfiguration configuration, Action<SignpostOptions>? configure = null)
    {
        var options = new SignpostOptions();
        configuration.GetSection(SignpostOptions.Section).Bind(options);
        options.Db ??= configuration["SIGNPOST_DB"];
        options.Data ??= configuration["SIGNPOST_DATA"];
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.AddSingleton(_ => new KnowledgeBase(new CorpusSource(options.Corpus)));
        services.AddSignpostState(options);
        return services;
    }
}
