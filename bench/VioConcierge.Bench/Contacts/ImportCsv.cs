using System.Globalization;
using System.Text;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// A contacts CSV as a user exports it from another system: header <c>name,phone,email,appointment_date,appointment_time</c>,
/// UK mobiles in national format, unique e-mails, London-local appointments in business hours 2-60 days ahead.
/// </summary>
public static class ImportCsv
{
    public const string Header = "name,phone,email,appointment_date,appointment_time";

    public static byte[] Build(int rows, string run, Random random)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var csv = new StringBuilder(rows * 80).Append(Header).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            var name = $"{SeedNames.FirstNames[random.Next(SeedNames.FirstNames.Length)]} {SeedNames.CommonSurnames[random.Next(SeedNames.CommonSurnames.Length)]}";
            var phone = $"07{"12345789"[random.Next(8)]}{random.Next(100):00} {random.Next(1_000_000):000000}";
            var date = today.AddDays(random.Next(2, 61)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var time = $"{random.Next(8, 18):00}:{15 * random.Next(4):00}";
            csv.Append(CultureInfo.InvariantCulture, $"{name},{phone},import.{run}.{i}@example.org,{date},{time}\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
