using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.Benchmarks.Interleaved;

/// <summary>
/// The documents and data every engine of the comparison runs, read once so that all of them share the same values
/// (JSON read as dictionaries, lists, strings and longs).
/// </summary>
internal sealed class BenchmarkInputs
{
    public BenchmarkInputs()
    {
        SchemaSdl = Read("schema.graphql");
        PageSource = Read("follows-page.graphql");
        PageRoot = (Dictionary<string, object?>)JsonValues.Parse(File.ReadAllBytes(PathOf("follows-page.root.json")))!;
        var address = ((Dictionary<string, object?>)PageRoot["address"]!)["address"];
        PageVariables = new Dictionary<string, object?> { ["address"] = address, ["first"] = 50L };
        MutationSource = Read("follow-mutation.graphql");
        MutationVariables = (Dictionary<string, object?>)JsonValues.Parse(File.ReadAllBytes(PathOf("follow-mutation.variables.json")))!;
        IntrospectionSource = Read("introspection-common.graphql");
    }

    public string SchemaSdl { get; }
    public string PageSource { get; }
    public Dictionary<string, object?> PageRoot { get; }
    public Dictionary<string, object?> PageVariables { get; }
    public string MutationSource { get; }
    public Dictionary<string, object?> MutationVariables { get; }

    /// <summary>
    /// The full introspection query less what GraphQL.NET 8 does not serve: <c>specifiedByURL</c>, and the
    /// <c>includeDeprecated</c> argument of a directive's <c>args</c> (its deprecated arguments are then left out).
    /// </summary>
    public string IntrospectionSource { get; }

    /// <summary>What the follow mutation answers, in every engine: the resolver only checks its input arrived.</summary>
    public const string AcceptedStatus = "SUCCESS";
    public const long AcceptedTsInServer = 1_700_000_000_000;

    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Documents", name);

    private static string Read(string name) => File.ReadAllText(PathOf(name));
}
