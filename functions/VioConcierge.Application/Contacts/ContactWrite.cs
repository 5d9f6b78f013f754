using VioConcierge.Application.Contacts;

namespace VioConcierge.Application.Contacts;

/// <summary>A contact as saved, with the PHI findings its text fields had (empty unless the tenant screens for PHI).</summary>
public sealed record ContactWrite(ContactRow Row, IReadOnlyList<PhiWarning> Warnings);
