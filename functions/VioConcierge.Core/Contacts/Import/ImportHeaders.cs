using System.Collections.Frozen;

namespace VioConcierge.Core.Contacts.Import;

/// <summary>
/// Recognises the usual spellings of CSV headers ("Full Name", "Mobile", "E-mail", "Date Time", "Stylist"...).
/// Case, spaces, underscores, hyphens, dots and slashes are ignored, so "Phone_Number" and "phone number" match.
/// </summary>
public static class ImportHeaders
{
    private static readonly (string Field, string[] Spellings)[] Table =
    [
        (ImportFields.Name, ["name", "fullname", "customername", "customer", "client", "clientname", "contactname", "patientname"]),
        (ImportFields.Phone, ["phone", "mobile", "telephone", "phonenumber", "mobilenumber", "mobilephone", "tel", "telephonenumber", "cell", "cellphone", "contactnumber"]),
        (ImportFields.Email, ["email", "emailaddress", "mail"]),
        (ImportFields.Appointment, ["appointment", "datetime", "appointmentdatetime", "appointmentat", "appointmentstart"]),
        (ImportFields.AppointmentDate, ["appointmentdate", "date", "apptdate", "bookingdate"]),
        (ImportFields.AppointmentTime, ["appointmenttime", "time", "appttime", "bookingtime"]),
        (ImportFields.Timezone, ["timezone", "tz", "zone"]),
        (ImportFields.CallBeforeHours, ["callbeforehours", "callbefore", "callhoursbefore", "reminderhours"]),
        (ImportFields.AppointmentType, ["appointmenttype", "type", "service", "servicetype", "treatment"]),
        (ImportFields.OwnerName, ["owner", "ownername", "provider", "doctor", "stylist", "practitioner", "staff", "assignedto"]),
        (ImportFields.CompanyName, ["company", "companyname", "business", "organisation", "organization"]),
        (ImportFields.DurationMinutes, ["duration", "durationminutes", "durationmins", "appointmentduration", "length"]),
        (ImportFields.Notes, ["notes", "note", "comments", "comment"]),
        (ImportFields.SpecialInstructions, ["specialinstructions", "instructions"]),
        (ImportFields.Priority, ["priority"]),
    ];

    private static readonly FrozenDictionary<string, string> Fields = Table
        .SelectMany(entry => entry.Spellings.Select(spelling => (Spelling: spelling, entry.Field)))
        .ToFrozenDictionary(pair => pair.Spelling, pair => pair.Field, StringComparer.Ordinal);

    /// <summary>The field a header names, or null when it is not recognised.</summary>
    public static string? FieldFor(string header) => Fields.GetValueOrDefault(Normalise(header));

    /// <summary>A few header spellings recognised for a field, for error messages.</summary>
    public static string Examples(string field) =>
        string.Join(", ", Table.First(entry => entry.Field == field).Spellings.Take(3));

    private static string Normalise(string header) =>
        new(header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
