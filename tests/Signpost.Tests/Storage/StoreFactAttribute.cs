using Xunit.Sdk;

namespace Signpost.Tests.Storage;

/// <summary>
/// A fact of the shared store suite. It runs for every database subclass; on a subclass marked
/// <see cref="NeedsPostgresAttribute"/> it is skipped, with the reason, when no server is configured.
/// </summary>
[XunitTestCaseDiscoverer("Signpost.Tests.Storage.StoreFactDiscoverer", "Signpost.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
