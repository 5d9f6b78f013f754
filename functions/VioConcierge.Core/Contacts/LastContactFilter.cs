namespace VioConcierge.Core.Contacts;

/// <summary>Never contacted, or contacted since a moment (today, the last 7 or 30 days, the last N days).</summary>
public enum LastContactFilter
{
    Never,
    Since,
}
