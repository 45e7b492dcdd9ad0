namespace GraphQlFollows.Follows.Graph.Log;

/// <summary>The problems found so far: every one is counted, the first <see cref="Kept"/> are kept to be listed.</summary>
internal sealed class LogFindings
{
    public const int Kept = 100;

    private readonly List<LogFinding> _first = [];

    public IReadOnlyList<LogFinding> First => _first;

    public long Count { get; private set; }

    public void Add(LogFindingKind kind, long? position, string problem)
    {
        Count++;
        if (_first.Count < Kept)
        {
            _first.Add(new LogFinding(kind, position, problem));
        }
    }
}
