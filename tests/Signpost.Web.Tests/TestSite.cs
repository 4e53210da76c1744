namespace Signpost.Web.Tests;

/// <summary>The entry point WebApplicationFactory starts: the real host, as <c>signpost serve</c> builds it.</summary>
public sealed class TestSite
{
    public static void Main(string[] args) => SignpostWeb.Build(args).Run();
}
