using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types.Scalars;

namespace GraphQlFollows.GraphQL.Types;

/// <summary>
/// The introspection types every schema has (<c>__Schema</c>, <c>__Type</c>, ...) with resolvers that read the schema
/// model, and the meta-fields <c>__schema</c>, <c>__type</c> and <c>__typename</c> that the executor and the validator
/// add to the fields of object types. All are shared by every schema: resolvers find their schema in the context.
/// </summary>
public static partial class Introspection
{
    public static readonly ObjectType SchemaType = new("__Schema");
    public static readonly ObjectType DirectiveType = new("__Directive");
    public static readonly EnumType DirectiveLocationType = new("__DirectiveLocation");
    public static readonly ObjectType TypeType = new("__Type");
    public static readonly ObjectType FieldType = new("__Field");
    public static readonly ObjectType InputValueType = new("__InputValue");
    public static readonly ObjectType EnumValueType = new("__EnumValue");
    public static readonly EnumType TypeKindType = new("__TypeKind");

    /// <summary>In the order the reference implementation lists them.</summary>
    public static readonly IReadOnlyList<NamedType> Types =
        [SchemaType, DirectiveType, DirectiveLocationType, TypeType, FieldType, InputValueType, EnumValueType, TypeKindType];

    // Declared before the meta-fields, whose initializers use them.
    private static readonly IGraphQLType NonNullString = new NonNullType(BuiltInScalars.String);
    private static readonly IGraphQLType NonNullBoolean = new NonNullType(BuiltInScalars.Boolean);

    /// <summary><c>__schema: __Schema!</c>, on the query root type only.</summary>
    public static readonly FieldDefinition SchemaMetaField = new("__schema", new NonNullType(SchemaType))
    {
        Description = "Access the current type schema of this server.",
        Resolver = context => new ValueTask<object?>(context.Schema),
    };

    /// <summary><c>__type(name: String!): __Type</c>, on the query root type only.</summary>
    public static readonly FieldDefinition TypeMetaField = CreateTypeMetaField();

    /// <summary><c>__typename: String!</c>, on every object, interface and union type.</summary>
    public static readonly FieldDefinition TypeNameMetaField = new("__typename", new NonNullType(BuiltInScalars.String))
    {
        Description = "The name of the current Object type at runtime.",
        Resolver = context => new ValueTask<object?>(context.ParentType.Name),
    };

    static Introspection()
    {
        DefineSchemaType();
        DefineDirectiveType();
        DefineDirectiveLocationType();
        DefineTypeType();
        DefineFieldType();
        DefineInputValueType();
        DefineEnumValueType();
        DefineTypeKindType();
    }

    public static bool IsIntrospectionType(NamedType type) => Types.Any(t => t.Name == type.Name);

    private static FieldDefinition CreateTypeMetaField()
    {
        var field = new FieldDefinition("__type", TypeType)
        {
            Description = "Request the type information of a single type.",
            Resolver = context => new ValueTask<object?>(
                context.Arguments.GetValueOrDefault("name") is string name ? context.Schema.GetType(name) : null),
        };
        // Built here rather than from NonNullString, which static initialization has not yet set when this runs.
        field.Arguments.Add(new InputValue("name", new NonNullType(BuiltInScalars.String)));
        return field;
    }

    private static ListType ListOfNonNull(IGraphQLType item) => new(new NonNullType(item));

    /// <summary>A field whose value is read from the parent model object.</summary>
    private static FieldDefinition Field<TParent>(string name, IGraphQLType type, Func<TParent, object?> read, string? description = null) =>
        new(name, type)
        {
            Description = description,
            Resolver = context => new ValueTask<object?>(read((TParent)context.Parent!)),
        };

    /// <summary>A list field with the <c>includeDeprecated: Boolean! = false</c> argument that filters deprecated items out.</summary>
    private static FieldDefinition FilteredField<TParent, TItem>(
        string name,
        IGraphQLType type,
        Func<TParent, IReadOnlyList<TItem>?> read,
        Func<TItem, string?> deprecationReason,
        string? description = null)
    {
        var field = new FieldDefinition(name, type)
        {
            Description = description,
            Resolver = context =>
            {
                var items = read((TParent)context.Parent!);
                if (items is null)
                {
                    return new ValueTask<object?>((object?)null);
                }

                var includeDeprecated = context.Arguments.GetValueOrDefault("includeDeprecated") is true;
                // The schema's own list serves as the answer unless some items must be left out: it is only read.
                return new ValueTask<object?>(includeDeprecated || !AnyDeprecated(items, deprecationReason)
                    ? items
                    : items.Where(i => deprecationReason(i) is null).ToList());
            },
        };
        field.Arguments.Add(new InputValue("includeDeprecated", NonNullBoolean) { DefaultValue = BooleanValueNode.False });
        return field;
    }

    private static bool AnyDeprecated<TItem>(IReadOnlyList<TItem> items, Func<TItem, string?> deprecationReason)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (deprecationReason(items[i]) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddFields(ObjectType type, params FieldDefinition[] fields)
    {
        foreach (var field in fields)
        {
            type.Fields.Add(field);
        }
    }

    private static void AddValues(EnumType type, params (string Name, string Description)[] values)
    {
        foreach (var (name, description) in values)
        {
            type.Values.Add(new EnumValue(name, name) { Description = description });
        }
    }
}
