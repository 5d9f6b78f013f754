using VioConcierge.Application.Security;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Email;

/// <summary>
/// The payload of an <c>email.send</c> work item: the whole <see cref="EmailMessage"/> encrypted at rest with the
/// application's field keys (AES-256-GCM, bound to the purpose <c>email</c>).
/// </summary>
public sealed record SealedEmail(string Sealed)
{
    private const string Purpose = "email";

    public static SealedEmail Seal(EmailMessage message, IFieldProtector protector) =>
        new(protector.Protect(WorkPayload.Write(message), Purpose));

    public EmailMessage Open(IFieldProtector protector) =>
        System.Text.Json.JsonSerializer.Deserialize<EmailMessage>(protector.Unprotect(Sealed, Purpose), System.Text.Json.JsonSerializerOptions.Web)
        ?? throw new InvalidOperationException("A sealed email holds no message.");
}
