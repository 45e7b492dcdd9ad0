using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.Server;

/// <summary>The schema the server serves: the repository's <c>schema.graphql</c>, embedded in this assembly.</summary>
public static class ServedSchema
{
    private const string ResourceName = "schema.graphql";

    /// <summary>The SDL as written in the repository.</summary>
    public static string Sdl { get; } = ReadSdl();

    public static Schema Build(IEnumerable<ISchemaBinder> binders)
    {
        var builder = new SchemaBuilder(Sdl);
        foreach (var binder in binders)
        {
            binder.Bind(builder);
        }

        return builder.Build();
    }

    private static string ReadSdl()
    {
        using var stream = typeof(ServedSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly carries no {ResourceName} resource.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
