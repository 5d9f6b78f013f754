namespace VioConcierge.Application.Email;

/// <summary>The one action an email offers: what the link says and where it goes.</summary>
public sealed record EmailLink(string Label, string Url);
