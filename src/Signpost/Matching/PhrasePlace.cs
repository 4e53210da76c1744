namespace Signpost.Matching;

/// <summary>Where one of an entry's terms stands: in which phrase, and at which position of its sequence.</summary>
internal readonly record struct PhrasePlace(int Phrase, int At);
