namespace VioConcierge.Application.Webhooks;

/// <summary>What recording a receipt did: recorded it, found it already recorded, or found no such call session for the tenant.</summary>
public enum ReceiptResult
{
    Recorded,
    Duplicate,
    UnknownSession,
}
