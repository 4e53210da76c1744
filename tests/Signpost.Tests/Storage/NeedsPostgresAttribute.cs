namespace Signpost.Tests.Storage;

/// <summary>Marks a test class that needs the PostgreSQL server named by <see cref="PostgresServer.Variable"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NeedsPostgresAttribute : Attribute;
