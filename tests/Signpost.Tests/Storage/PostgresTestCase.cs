using Xunit.Abstractions;
using Xunit.Sdk;

namespace Signpost.Tests.Storage;

/// <summary>A test case that is skipped, saying how to configure it, when no PostgreSQL server is named.</summary>
public sealed class PostgresTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public PostgresTestCase()
    {
    }

    public PostgresTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(diagnostics, display, options, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        PostgresServer.ConnectionString is null ? PostgresServer.SkipReason : base.GetSkipReason(factAttribute);
}
