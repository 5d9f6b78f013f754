using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// The in-memory test server has no network peer; this gives a request the sender address named in its
/// <see cref="Header"/> header, ahead of the host's own pipeline, as a socket would.
/// </summary>
public sealed class TestSenderAddress : IStartupFilter
{
    public const string Header = "X-Test-Sender";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, proceed) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var sender))
            {
                context.Connection.RemoteIpAddress = sender;
                context.Request.Headers.Remove(Header);
            }
            await proceed();
        });
        next(app);
    };
}
