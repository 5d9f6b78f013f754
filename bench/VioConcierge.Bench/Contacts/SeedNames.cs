namespace VioConcierge.Bench.Contacts;

/// <summary>
/// Word lists for realistic contacts: common UK first names and surnames (most common first), surname syllables
/// for a long tail of rarer names, appointment types, staff and company names, and reserved e-mail domains.
/// </summary>
public static class SeedNames
{
    public static readonly string[] FirstNames =
    [
        "Oliver", "Amelia", "George", "Olivia", "Harry", "Isla", "Jack", "Ava", "Jacob", "Emily", "Noah", "Sophia",
        "Charlie", "Grace", "Muhammad", "Mia", "Thomas", "Poppy", "Oscar", "Ella", "William", "Lily", "James", "Evie",
        "Henry", "Isabella", "Leo", "Sophie", "Alfie", "Jessica", "Joshua", "Chloe", "Freddie", "Ruby", "Archie", "Daisy",
        "Ethan", "Freya", "Isaac", "Alice", "Alexander", "Florence", "Joseph", "Matilda", "Samuel", "Charlotte", "Daniel",
        "Emma", "Logan", "Hannah", "Edward", "Sarah", "Lucas", "Rebecca", "Max", "Priya", "Mohammed", "Aisha", "Dylan",
        "Zara", "Sian", "Rhys", "Niamh", "Callum", "Eilidh", "Aoife", "Connor", "Fatima", "Arjun", "Megan", "David",
        "Margaret", "Susan", "Peter", "Janet", "Michael", "Patricia", "Robert", "Linda", "John", "Elizabeth",
    ];

    public static readonly string[] CommonSurnames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson",
        "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Lewis",
        "James", "Phillips", "Mason", "Mitchell", "Rose", "Davis", "Rodriguez", "Cox", "Alexander", "Morris", "Turner",
        "Harris", "Martin", "Cooper", "Hill", "Ward", "Morgan", "Moore", "King", "Lee", "Baker", "Harrison", "Allen",
        "Young", "Anderson", "Scott", "Campbell", "Stewart", "Murray", "Kelly", "O'Brien", "Singh", "Ahmed", "Hussain",
        "Ali", "Begum", "Shah", "MacDonald", "Reid", "Murphy", "Griffiths", "Edwards", "Hughes", "Price", "Lloyd",
        "Owen", "Jenkins", "Bennett", "Carter", "Parker", "Collins", "Bell", "Watson", "Hunt", "Chapman", "Fletcher",
    ];

    public static readonly string[] SurnameStarts =
    [
        "Ash", "Brad", "Brook", "Cal", "Craw", "Dun", "Elling", "Fair", "Gold", "Hart", "Holl", "Kings", "Lang", "Marl",
        "Mid", "North", "Pem", "Ravens", "Red", "Shel", "Stan", "Thorn", "Wake", "West", "Whit", "Win", "Al", "Bur",
    ];

    public static readonly string[] SurnameEnds =
    [
        "ford", "ley", "ton", "wood", "field", "worth", "by", "ham", "well", "combe", "den", "stone", "more", "bridge",
        "hurst", "shaw", "thwaite", "wick", "land", "ridge",
    ];

    public static readonly string[] AppointmentTypes =
    [
        "Check-up", "Hygiene", "Consultation", "Follow-up", "Filling", "Whitening", "Orthodontic review", "Cut and colour",
        "Dinner booking", "Initial assessment",
    ];

    public static readonly string[] Staff = ["Dr Patel", "Dr Hughes", "Sam Carter", "Priya Shah", "Tom Reid", "Anna Kowalski"];

    public static readonly string[] Companies = ["Acme Logistics", "Northern Rail", "City Council", "Brightside Ltd", "Riverside School"];

    public static readonly string[] EmailDomains = ["example.com", "example.org", "example.net", "mail.example.com"];

    /// <summary>Fragments of common surnames that the name search uses (3-4 letters, as a user types them).</summary>
    public static readonly string[] SearchFragments = ["smi", "jone", "tayl", "brow", "wils"];
}
