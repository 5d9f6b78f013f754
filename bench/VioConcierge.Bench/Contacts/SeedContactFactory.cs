using System.Globalization;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// Makes realistic contacts, deterministically for a seed: varied names (common surnames weighted, plus a long tail),
/// valid UK mobiles in E.164 with their NSN digits (2% in Ofcom's 07700 900xxx drama range), unique e-mails for
/// most, appointments in business hours over the next 60 days (call due 24 h before), statuses spread over
/// pending/confirmed/cancelled/rescheduled, and creation times over the past 90 days.
/// </summary>
public sealed class SeedContactFactory(int seed, DateTimeOffset now)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private const string MobileSecondDigits = "12345789";

    private readonly Random _random = new(seed);

    public Random Random => _random;

    public SeedContact Create(Guid tenantId, Guid? createdBy, int index)
    {
        var (first, last) = (Pick(SeedNames.FirstNames), Surname());
        var created = now - TimeSpan.FromMinutes(_random.Next(1, 90 * 24 * 60));
        var appointment = Appointment();
        var status = _random.NextDouble() switch { < 0.55 => "pending", < 0.85 => "confirmed", < 0.93 => "cancelled", _ => "rescheduled" };
        var attempts = status == "pending" ? (_random.NextDouble() < 0.1 ? 1 : 0) : _random.Next(1, 4);
        DateTimeOffset? lastContact = attempts == 0 ? null : created + (now - created) * _random.NextDouble();
        var source = _random.NextDouble() switch { < 0.8 => "manual", < 0.9 => "calcom", _ => "calendly" };
        var nsn = MobileNsn();
        return new SeedContact
        {
            TenantId = tenantId,
            Id = Guid.CreateVersion7(created),
            Name = $"{first} {last}",
            Phone = "+44" + nsn,
            PhoneDigits = nsn,
            Email = _random.NextDouble() < 0.85 ? Email(first, last, index) : null,
            AppointmentAt = appointment,
            CallBeforeHours = 24,
            CallDueAt = appointment.AddHours(-24),
            Status = status,
            CallAttempts = attempts,
            LastContactAt = lastContact,
            AppointmentType = _random.NextDouble() < 0.7 ? Pick(SeedNames.AppointmentTypes) : null,
            OwnerName = _random.NextDouble() < 0.4 ? Pick(SeedNames.Staff) : null,
            CompanyName = _random.NextDouble() < 0.1 ? Pick(SeedNames.Companies) : null,
            DurationMinutes = _random.NextDouble() < 0.6 ? Pick([15, 30, 45, 60]) : null,
            BookingSource = source,
            ExternalId = source == "manual" ? null : $"{source}_{_random.NextInt64():x16}",
            Priority = _random.NextDouble() switch { < 0.9 => "normal", < 0.98 => "high", _ => "urgent" },
            PreferredContactMethod = _random.NextDouble() switch { < 0.9 => "voice", < 0.95 => "sms", _ => "email" },
            CreatedBy = source == "manual" ? createdBy : null,
            CreatedAt = created,
            UpdatedAt = lastContact is { } touched && touched > created ? touched : created,
        };
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Mostly common surnames (earlier ones more often: Smith about 3%), the rest from syllables.</summary>
    private string Surname()
    {
        if (_random.NextDouble() < 0.3)
        {
            return Pick(SeedNames.SurnameStarts) + Pick(SeedNames.SurnameEnds);
        }
        // Inverse of the distribution with weight 1/(i + 10) for the i-th most common surname.
        var names = SeedNames.CommonSurnames;
        var index = (int)(10 * Math.Pow((names.Length + 10) / 10.0, _random.NextDouble()) - 10);
        return names[Math.Clamp(index, 0, names.Length - 1)];
    }

    /// <summary>A UK mobile NSN: 7 then 1-5 or 7-9 (no 070 personal numbers, no 076 pagers), 10 digits.</summary>
    private string MobileNsn()
    {
        if (_random.NextDouble() < 0.02)
        {
            return "7700900" + _random.Next(0, 1000).ToString("000", CultureInfo.InvariantCulture);
        }
        return "7" + MobileSecondDigits[_random.Next(MobileSecondDigits.Length)] + _random.Next(0, 100_000_000).ToString("00000000", CultureInfo.InvariantCulture);
    }

    private string Email(string first, string last, int index)
    {
        var local = $"{first}.{last}".ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace(' ', '.');
        return $"{local}{index}@{Pick(SeedNames.EmailDomains)}";
    }

    /// <summary>A London business-hours slot on one of the next 60 days, at least an hour ahead.</summary>
    private DateTimeOffset Appointment()
    {
        var today = TimeZoneInfo.ConvertTime(now, London).Date;
        while (true)
        {
            var local = today.AddDays(_random.Next(0, 60)).AddHours(_random.Next(8, 18)).AddMinutes(15 * _random.Next(0, 4));
            var instant = new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
            if (instant > now.AddHours(1))
            {
                return instant;
            }
        }
    }
}
