namespace VioConcierge.Core.Calls.Retell;

/// <summary>What checking a webhook signature found.</summary>
public enum SignatureCheck
{
    Valid,
    Malformed,
    OutsideWindow,
    Mismatch,
}
