namespace Signpost.Canons;

/// <summary>Where an error sits among others: what follows, what precedes, what it is mistaken for.</summary>
public sealed record Transitions
{
    public List<Transition> LeadsTo { get; init => field = value ?? []; } = [];

    public List<Transition> PrecededBy { get; init => field = value ?? []; } = [];

    public List<Confusion> ConfusedWith { get; init => field = value ?? []; } = [];
}
