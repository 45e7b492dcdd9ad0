using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Language;

namespace GraphQlFollows.GraphQL.Types.Building;

/// <summary>
/// Reads what <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c> say where they are applied in SDL.
/// An argument value the directive cannot accept is recorded as an error, as building a schema in the reference fails on it.
/// </summary>
internal sealed class BuiltInDirectiveValues(SchemaErrors errors)
{
    /// <summary>The deprecation reason given by <c>@deprecated</c> among <paramref name="directives"/>; null when not deprecated.</summary>
    public string? DeprecationReason(IReadOnlyList<DirectiveNode> directives) =>
        Find(directives, BuiltInDirectives.Deprecated) is { } deprecated
            ? StringArgument(deprecated, "reason") ?? BuiltInDirectives.DefaultDeprecationReason
            : null;

    /// <summary>The URL given by <c>@specifiedBy</c> among <paramref name="directives"/>, if any.</summary>
    public string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives) =>
        Find(directives, BuiltInDirectives.SpecifiedBy) is { } specifiedBy ? StringArgument(specifiedBy, "url") : null;

    public static bool IsOneOf(IReadOnlyList<DirectiveNode> directives) => Find(directives, BuiltInDirectives.OneOf) is not null;

    private static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, DirectiveDefinition definition)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == definition.Name)
            {
                return directive;
            }
        }

        return null;
    }

    /// <summary>The value of a <c>String!</c> argument; null when absent (validation reports a missing required one).</summary>
    private string? StringArgument(DirectiveNode directive, string name)
    {
        var argument = directive.Arguments.FirstOrDefault(a => a.Name.Value == name);
        switch (argument?.Value)
        {
            case null:
                return null;
            case StringValueNode text:
                return text.Value;
            case NullValueNode:
                Invalid(directive, name, "Expected value of non-null type \"String!\" not to be null.", argument.Value);
                return null;
            default:
                Invalid(directive, name, "String cannot represent a non string value: " + Printer.Print(argument.Value), argument.Value);
                return null;
        }
    }

    private void Invalid(DirectiveNode directive, string argument, string problem, Node value) =>
        errors.Add($"Argument \"@{directive.Name.Value}({argument}:)\" has invalid value: {problem}", value);
}
