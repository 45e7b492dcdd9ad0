using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.Api.Binding;

/// <summary>The served schema: the repository's <c>schema.graphql</c>, embedded in this assembly.</summary>
public static class SchemaSource
{
    private const string ResourceName = "GraphQlFollows.Api.schema.graphql";

    /// <summary>The SDL text, as written in <c>schema.graphql</c>.</summary>
    public static string Text { get; } = Read();

    internal static DocumentNode Parse() => Parser.Parse(Text, ParserOptions.Schema);

    private static string Read()
    {
        using var stream = typeof(SchemaSource).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
