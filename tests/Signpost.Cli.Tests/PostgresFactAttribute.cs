namespace Signpost.Cli.Tests;

/// <summary>A fact that needs the PostgreSQL server named by SIGNPOST_TEST_POSTGRES; skipped, saying so, without it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "SIGNPOST_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(ConnectionString))
        {
            Skip = $"{Variable} is not set: this test needs a PostgreSQL server (.ci/run starts one and sets it).";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);
}
