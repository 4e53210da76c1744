using Xunit.Abstractions;
using Xunit.Sdk;

namespace Signpost.Tests.Storage;

/// <summary>Finds <see cref="StoreFactAttribute"/> tests; on PostgreSQL classes they carry the skip rule.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var options = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(NeedsPostgresAttribute)).Any();
        yield return needsPostgres
            ? new PostgresTestCase(diagnostics, display, options, testMethod)
            : new XunitTestCase(diagnostics, display, options, testMethod);
    }
}
