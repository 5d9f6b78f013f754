using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using VioConcierge.Application.Email;

namespace VioConcierge.Infrastructure.Mail;

public static class MailSetup
{
    /// <summary>The SMTP adapter of the mail port, with its settings checked at start-up (host and a parseable sender).</summary>
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(options => options.From.Length == 0 || MailboxAddress.TryParse(options.From, out _),
                "Mail:From is not an email address (address, or Name <address>).")
            .ValidateOnStart();
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<IMailSender>(provider => provider.GetRequiredService<SmtpMailSender>());
        return services;
    }
}
