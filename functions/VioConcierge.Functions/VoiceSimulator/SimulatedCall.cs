using VioConcierge.Core.Calls;

namespace VioConcierge.Functions.VoiceSimulator;

/// <summary>One call the simulator "placed": the metadata Retell would echo, the script it follows, and how far it got.</summary>
public sealed class SimulatedCall(string callId, IReadOnlyDictionary<string, string> metadata, string toNumber, SimulatedScript script, DateTimeOffset placedAt)
{
    private readonly Lock _gate = new();
    private bool _stopped;
    private bool _ended;

    public string CallId { get; } = callId;
    public IReadOnlyDictionary<string, string> Metadata { get; } = metadata;
    public string ToNumber { get; } = toNumber;
    public DateTimeOffset PlacedAt { get; } = placedAt;
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The script, or <see cref="SimulatedScript.StoppedByHand"/> once stopped before it ended.</summary>
    public SimulatedScript Script
    {
        get
        {
            lock (_gate)
            {
                return _stopped ? SimulatedScript.StoppedByHand : script;
            }
        }
    }

    public bool Ended
    {
        get
        {
            lock (_gate)
            {
                return _ended;
            }
        }
    }

    public void Stop()
    {
        lock (_gate)
        {
            _stopped |= !_ended;
        }
    }

    public void MarkEnded()
    {
        lock (_gate)
        {
            _ended = true;
        }
    }
}
