
namespace GraphQlFollows.GraphQL.Language;

/// <summary>Limits that keep hostile documents cheap to reject. Exceeding any of them is a syntax error.</summary>
public sealed record ParserOptions
{
    public static readonly ParserOptions Default = new();

    /// <summary>Limits suited to schema documents (SDL), which the server itself supplies and which may be large.</summary>
    public static readonly ParserOptions Schema = new() { MaxSourceBytes = 64 * 1024 * 1024, MaxTokens = int.MaxValue };

    /// <summary>Largest accepted source, in UTF-8 bytes.</summary>
    public int MaxSourceBytes { get; init; } = 1024 * 1024;

    /// <summary>Most significant tokens (ignored tokens do not count), like graphql-js's <c>maxTokens</c>.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// Deepest nesting of selection sets, list and object values and list types together. Kept far below what
    /// would exhaust the stack, since the parser recurses once per level.
    /// </summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>
    /// Accepts <c>{}</c> as an empty selection set, as graphql-js 17 does by default. The specification requires
    /// at least one selection, so this is off unless asked for.
    /// </summary>
    public bool AllowEmptySelectionSets { get; init; }

    /// <summary>Skips setting <see cref="Ast.Node.Location"/>, for callers that never report positions.</summary>
    public bool NoLocation { get; init; }
}
