namespace Signpost.Matching;

/// <summary>
/// A piece of a pattern as read, before its steps are linked: one step, or a group of alternative
/// sequences (then <see cref="Step"/> says whether the group is optional and lazy).
/// </summary>
internal readonly record struct AsciiNode(AsciiStep Step, List<List<AsciiNode>>? Alternatives = null);
