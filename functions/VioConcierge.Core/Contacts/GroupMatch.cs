namespace VioConcierge.Core.Contacts;

/// <summary>How several <c>group</c> filters combine: in any of them, in all of them, or in none of them.</summary>
public enum GroupMatch
{
    Any,
    All,
    Exclude,
}
