namespace Signpost.Matching;

/// <summary>What a log line carries: the error itself, a stack frame, or anything else.</summary>
internal enum LineKind
{
    Plain,
    Error,
    Frame,
}
