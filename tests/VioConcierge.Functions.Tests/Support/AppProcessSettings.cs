namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// What a function app run as its own process (<c>VioConcierge.Functions.TestProcess</c>) is started with: its app
/// settings, and how far its clock runs ahead of real time (a test's <see cref="TestClock"/>).
/// </summary>
public sealed record AppProcessSettings(Dictionary<string, string?> Settings, TimeSpan ClockOffset);
