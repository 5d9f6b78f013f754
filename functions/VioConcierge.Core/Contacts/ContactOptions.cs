namespace VioConcierge.Core.Contacts;

/// <summary>The closed option lists of the contact model (seed 001).</summary>
public static class ContactOptions
{
    public static readonly IReadOnlyList<int> Durations = [15, 30, 45, 60, 90, 120];
    public static readonly IReadOnlyList<string> BookingSources = ["manual", "calcom", "calendly"];
    public static readonly IReadOnlyList<string> Priorities = ["normal", "high", "urgent"];
    public static readonly IReadOnlyList<string> ContactMethods = ["voice", "email", "sms"];

    public const int MinCallBeforeHours = 1;
    public const int MaxCallBeforeHours = 168;
    public const int NameMinLength = 2;
    public const int NameMaxLength = 100;
    public const int SpecialInstructionsMaxLength = 300;
    public const int NotesMaxLength = 2000;
    public const int ShortTextMaxLength = 100;
}
