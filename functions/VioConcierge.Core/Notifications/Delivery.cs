namespace VioConcierge.Core.Notifications;

/// <summary>Where one user gets one event: an item in their in-app feed, an email, both or neither.</summary>
public readonly record struct Delivery(bool InApp, bool Email)
{
    public bool Any => InApp || Email;
}
