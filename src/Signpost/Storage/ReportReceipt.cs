namespace Signpost.Storage;

/// <summary>The stored report's number; <see cref="Duplicate"/> when its idempotency key was seen before.</summary>
public sealed record ReportReceipt(long Id, bool Duplicate);
