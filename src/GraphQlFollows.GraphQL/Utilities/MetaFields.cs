using System.Runtime.CompilerServices;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>
/// The introspection meta-fields, which no type declares: <c>__typename</c> on every composite type,
/// <c>__schema</c> and <c>__type(name:)</c> on the query root type. Built once per schema from its own
/// introspection types.
/// </summary>
internal sealed class MetaFields
{
    private static readonly ConditionalWeakTable<Schema, MetaFields> BySchema = new();

    private readonly FieldDefinition? _typeName;
    private readonly FieldDefinition? _schema;
    private readonly FieldDefinition? _type;

    private MetaFields(Schema schema)
    {
        var stringType = schema.GetType("String");
        if (stringType is not null)
        {
            _typeName = new FieldDefinition("__typename", new NonNullType(stringType))
            {
                Description = "The name of the current Object type at runtime.",
            };
        }

        if (schema.GetType("__Schema") is { } schemaType)
        {
            _schema = new FieldDefinition("__schema", new NonNullType(schemaType))
            {
                Description = "Access the current type schema of this server.",
            };
        }

        if (schema.GetType("__Type") is { } typeType && stringType is not null)
        {
            _type = new FieldDefinition("__type", typeType) { Description = "Request the type information of a single type." };
            _type.Arguments.Add(new InputValue("name", new NonNullType(stringType)));
        }
    }

    public static FieldDefinition? Get(Schema schema, NamedType parentType, string fieldName)
    {
        var fields = BySchema.GetValue(schema, static s => new MetaFields(s));
        return fieldName switch
        {
            "__typename" when parentType.IsCompositeType() => fields._typeName,
            "__schema" when ReferenceEquals(parentType, schema.QueryType) => fields._schema,
            "__type" when ReferenceEquals(parentType, schema.QueryType) => fields._type,
            _ => null,
        };
    }
}
