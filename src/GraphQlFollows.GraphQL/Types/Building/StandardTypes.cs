using GraphQlFollows.GraphQL.Types.Scalars;

namespace GraphQlFollows.GraphQL.Types.Building;

/// <summary>The types every schema can refer to without defining them: built-in scalars and introspection types.</summary>
internal static class StandardTypes
{
    public static readonly IReadOnlyList<NamedType> All = [.. BuiltInScalars.All, .. Introspection.Types];

    private static readonly Dictionary<string, NamedType> ByName = All.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static NamedType? Find(string name) => ByName.GetValueOrDefault(name);
}
