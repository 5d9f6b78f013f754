namespace VioConcierge.Infrastructure.Mail;

/// <summary>
/// An email was not handed over: the server refused it, refused the sign-in, or could not be reached. The message
/// names the reason and the server's status code only, never an address or the server's own text (which may quote
/// the recipient), since it is stored with the work item and logged.
/// </summary>
public sealed class MailDeliveryException(string message) : Exception(message);
