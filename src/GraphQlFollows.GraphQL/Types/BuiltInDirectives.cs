using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types.Scalars;

namespace GraphQlFollows.GraphQL.Types;

/// <summary>The directives every schema has unless its SDL defines a directive of the same name.</summary>
public static class BuiltInDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static readonly DirectiveDefinition Include = Conditional(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        "Included when true.");

    public static readonly DirectiveDefinition Skip = Conditional(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        "Skipped when true.");

    public static readonly DirectiveDefinition Deprecated = Define(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [
            DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.ARGUMENT_DEFINITION, DirectiveLocation.INPUT_FIELD_DEFINITION,
            DirectiveLocation.ENUM_VALUE, DirectiveLocation.DIRECTIVE_DEFINITION,
        ],
        new InputValue("reason", new NonNullType(BuiltInScalars.String))
        {
            Description = "Explains why this element was deprecated, usually also including a suggestion for how to access " +
                "supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            DefaultValue = new StringValueNode(DefaultDeprecationReason),
        });

    public static readonly DirectiveDefinition SpecifiedBy = Define(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [DirectiveLocation.SCALAR],
        new InputValue("url", new NonNullType(BuiltInScalars.String))
        {
            Description = "The URL that specifies the behavior of this scalar.",
        });

    public static readonly DirectiveDefinition OneOf = Define(
        "oneOf",
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        [DirectiveLocation.INPUT_OBJECT]);

    /// <summary>In the order the reference implementation lists them.</summary>
    public static readonly IReadOnlyList<DirectiveDefinition> All = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsBuiltIn(DirectiveDefinition directive) => All.Any(d => d.Name == directive.Name);

    private static DirectiveDefinition Conditional(string name, string description, string argumentDescription) => Define(
        name,
        description,
        [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
        new InputValue("if", new NonNullType(BuiltInScalars.Boolean)) { Description = argumentDescription });

    private static DirectiveDefinition Define(string name, string description, DirectiveLocation[] locations, params InputValue[] arguments)
    {
        var directive = new DirectiveDefinition(name) { Description = description };
        foreach (var location in locations)
        {
            directive.AddLocation(location);
        }

        foreach (var argument in arguments)
        {
            directive.Arguments.Add(argument);
        }

        return directive;
    }
}
