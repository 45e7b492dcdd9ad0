using GraphQlFollows.GraphQL.Types.Scalars;

namespace GraphQlFollows.GraphQL.Types;

public static partial class Introspection
{
    private static void DefineSchemaType()
    {
        SchemaType.Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types " +
            "and directives on the server, as well as the entry points for query, mutation, and subscription operations.";
        AddFields(
            SchemaType,
            Field<Schema>("description", BuiltInScalars.String, s => s.Description),
            Field<Schema>("types", new NonNullType(ListOfNonNull(TypeType)), s => s.Types, "A list of all types supported by this server."),
            Field<Schema>("queryType", new NonNullType(TypeType), s => s.QueryType, "The type that query operations will be rooted at."),
            Field<Schema>(
                "mutationType",
                TypeType,
                s => s.MutationType,
                "If this server supports mutation, the type that mutation operations will be rooted at."),
            Field<Schema>(
                "subscriptionType",
                TypeType,
                s => s.SubscriptionType,
                "If this server support subscription, the type that subscription operations will be rooted at."),
            FilteredField<Schema, DirectiveDefinition>(
                "directives",
                new NonNullType(ListOfNonNull(DirectiveType)),
                s => s.Directives,
                d => d.DeprecationReason,
                "A list of all directives supported by this server."));
    }

    private static void DefineDirectiveType()
    {
        DirectiveType.Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior " +
            "in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways " +
            "field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by " +
            "describing additional information to the executor.";
        AddFields(
            DirectiveType,
            Field<DirectiveDefinition>("name", NonNullString, d => d.Name),
            Field<DirectiveDefinition>("description", BuiltInScalars.String, d => d.Description),
            Field<DirectiveDefinition>("isRepeatable", NonNullBoolean, d => Boxes.Bool(d.IsRepeatable)),
            Field<DirectiveDefinition>(
                "locations",
                new NonNullType(ListOfNonNull(DirectiveLocationType)),
                d => d.Locations.Select(l => l.ToString()).ToList()),
            FilteredField<DirectiveDefinition, InputValue>(
                "args",
                new NonNullType(ListOfNonNull(InputValueType)),
                d => d.Arguments,
                a => a.DeprecationReason),
            Field<DirectiveDefinition>("isDeprecated", NonNullBoolean, d => Boxes.Bool(d.DeprecationReason is not null)),
            Field<DirectiveDefinition>("deprecationReason", BuiltInScalars.String, d => d.DeprecationReason));
    }

    private static void DefineDirectiveLocationType()
    {
        DirectiveLocationType.Description = "A Directive can be adjacent to many parts of the GraphQL language, " +
            "a __DirectiveLocation describes one such possible adjacencies.";
        AddValues(
            DirectiveLocationType,
            ("QUERY", "Location adjacent to a query operation."),
            ("MUTATION", "Location adjacent to a mutation operation."),
            ("SUBSCRIPTION", "Location adjacent to a subscription operation."),
            ("FIELD", "Location adjacent to a field."),
            ("FRAGMENT_DEFINITION", "Location adjacent to a fragment definition."),
            ("FRAGMENT_SPREAD", "Location adjacent to a fragment spread."),
            ("INLINE_FRAGMENT", "Location adjacent to an inline fragment."),
            ("VARIABLE_DEFINITION", "Location adjacent to an operation variable definition."),
            ("FRAGMENT_VARIABLE_DEFINITION", "Location adjacent to a fragment variable definition."),
            ("SCHEMA", "Location adjacent to a schema definition."),
            ("SCALAR", "Location adjacent to a scalar definition."),
            ("OBJECT", "Location adjacent to an object type definition."),
            ("FIELD_DEFINITION", "Location adjacent to a field definition."),
            ("ARGUMENT_DEFINITION", "Location adjacent to an argument definition."),
            ("INTERFACE", "Location adjacent to an interface definition."),
            ("UNION", "Location adjacent to a union definition."),
            ("ENUM", "Location adjacent to an enum definition."),
            ("ENUM_VALUE", "Location adjacent to an enum value definition."),
            ("INPUT_OBJECT", "Location adjacent to an input object type definition."),
            ("INPUT_FIELD_DEFINITION", "Location adjacent to an input object field definition."),
            ("DIRECTIVE_DEFINITION", "Location adjacent to a directive definition."));
    }
}
