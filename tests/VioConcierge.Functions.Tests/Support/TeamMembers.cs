using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MimeKit;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>Team members added through the API, and the links their emails carry.</summary>
public static partial class TeamMembers
{
    public const string Password = "Receptionist-Pass-1!";

    public static string NewEmail(string who = "member") => $"{who}-{Guid.NewGuid():N}"[..(who.Length + 13)] + "@team.test";

    /// <summary>Adds a member as <paramref name="admin"/>; returns the created member.</summary>
    public static async Task<JsonElement> AddMemberAsync(this SignedIn admin, string email, string role = "client_user", bool? sendWelcomeEmail = null)
    {
        object body = sendWelcomeEmail is null
            ? new { fullName = "Rita Reception", email, role, jobTitle = "Receptionist" }
            : new { fullName = "Rita Reception", email, role, jobTitle = "Receptionist", sendWelcomeEmail };
        var response = await admin.Client.PostJsonAsync("/api/team", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync();
    }

    /// <summary>The token of the (latest) link mailed to <paramref name="email"/>, after running the due work that sends it.</summary>
    public static async Task<string> LinkTokenAsync(this ApiFixture api, string email, int messages = 1)
    {
        await api.RunDueWorkAsync();
        return Token(( await TestMailServer.Shared.WaitForAsync(email, messages))[^1]);
    }

    public static string Token(MimeMessage message) => Uri.UnescapeDataString(TokenInLink().Match(message.TextBody ?? "").Groups[1].Value);

    public static Task<HttpResponseMessage> SetPasswordAsync(this ApiFixture api, string token, string password = Password) =>
        api.Anonymous().PostJsonAsync("/api/auth/set-password", new { token, password });

    /// <summary>Adds a member who has set their password through the welcome link, and signs them in.</summary>
    public static async Task<(Guid Id, SignedIn Member)> AddSignedInMemberAsync(this ApiFixture api, SignedIn admin, string role = "client_user")
    {
        var email = NewEmail();
        var id = (await admin.AddMemberAsync(email, role)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await api.SetPasswordAsync(await api.LinkTokenAsync(email))).StatusCode);
        return (id, await api.SignInAsync(email, Password));
    }

    [GeneratedRegex(@"token=([A-Za-z0-9_%\-]+)")]
    private static partial Regex TokenInLink();
}
