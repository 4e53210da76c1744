namespace Signpost.Matching;

/// <summary>
/// What <see cref="LiteralAutomaton"/> keeps of one node, side by side: where its children start,
/// where it fails to, the literal it ends (or -1), the next node down its failure chain that ends
/// one (or -1), and the character that leads to it from its parent.
/// </summary>
internal struct AutomatonNode
{
    public int ChildStart;
    public int Fail;
    public int Literal;
    public int NextOutput;
    public char Edge;
}
