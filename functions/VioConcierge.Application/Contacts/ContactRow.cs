namespace VioConcierge.Application.Contacts;

/// <summary>
/// A contact as stored. <see cref="Notes"/> and <see cref="SpecialInstructions"/> hold AES-GCM ciphertext in the
/// database; <see cref="ContactCipher"/> turns them to and from plaintext.
/// </summary>
public sealed class ContactRow
{
    public Guid TenantId { get; init; }
    public Guid Id { get; init; }
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
    public string PhoneDigits { get; set; } = "";
    public string? Email { get; set; }
    public DateTimeOffset? AppointmentAt { get; set; }
    public string Timezone { get; set; } = "";
    public int CallBeforeHours { get; set; }
    public DateTimeOffset? CallDueAt { get; set; }
    public string Status { get; set; } = "pending";
    public string? StatusReason { get; set; }
    public int CallAttempts { get; init; }
    public DateTimeOffset? LastContactAt { get; init; }

    /// <summary>The outcome of the contact's last call that ended (snake_case, as the call's outcome), set with <see cref="LastContactAt"/>.</summary>
    public string? LastCallOutcome { get; init; }

    public string? Notes { get; set; }
    public string? AppointmentType { get; set; }
    public string? OwnerName { get; set; }
    public string? CompanyName { get; set; }
    public int? DurationMinutes { get; set; }
    public string? SpecialInstructions { get; set; }
    public string BookingSource { get; set; } = "manual";
    public string? ExternalId { get; init; }
    public Guid? LocationId { get; set; }
    public string Priority { get; set; } = "normal";
    public string PreferredContactMethod { get; set; } = "voice";
    public string[] PhiFlags { get; set; } = [];
    public int[] PrivateSearch { get; set; } = [];
    public Guid? CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? DeletedAt { get; init; }
    public int Version { get; init; }
    public Guid[] GroupIds { get; set; } = [];
}
