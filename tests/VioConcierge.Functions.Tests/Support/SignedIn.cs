namespace VioConcierge.Functions.Tests.Support;

/// <summary>A signed-in user: an HTTP client carrying their access token, and the tokens themselves.</summary>
public sealed record SignedIn(HttpClient Client, string AccessToken, string RefreshToken, Guid UserId, Guid? TenantId, string Email);
