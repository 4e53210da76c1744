namespace Signpost.Matching;

/// <summary>
/// What <see cref="LiteralAutomaton"/> keeps of one node, side by side: where its children start
/// among the edges, where it fails to, the literal it ends (or -1), and the next node down its
/// failure chain that ends one (or -1).
/// </summary>
internal struct AutomatonNode
{
    public int ChildStart;
    public int Fail;
    public int Literal;
    public int NextOutput;
}
