using GraphQlFollows.GraphQL.Types.Scalars;

namespace GraphQlFollows.GraphQL.Types;

public static partial class Introspection
{
    private static void DefineTypeType()
    {
        TypeType.Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL " +
            "as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information " +
            "about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, " +
            "while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, " +
            "Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.";
        AddFields(
            TypeType,
            Field<IGraphQLType>("kind", new NonNullType(TypeKindType), t => KindName(t.Kind)),
            Field<IGraphQLType>("name", BuiltInScalars.String, t => (t as NamedType)?.Name),
            Field<IGraphQLType>("description", BuiltInScalars.String, t => (t as NamedType)?.Description),
            Field<IGraphQLType>("specifiedByURL", BuiltInScalars.String, t => (t as ScalarType)?.SpecifiedByUrl),
            FilteredField<IGraphQLType, FieldDefinition>(
                "fields",
                ListOfNonNull(FieldType),
                t => (t as FieldsType)?.Fields,
                f => f.DeprecationReason),
            Field<IGraphQLType>("interfaces", ListOfNonNull(TypeType), t => (t as FieldsType)?.Interfaces),
            PossibleTypesField(),
            FilteredField<IGraphQLType, EnumValue>(
                "enumValues",
                ListOfNonNull(EnumValueType),
                t => (t as EnumType)?.Values,
                v => v.DeprecationReason),
            FilteredField<IGraphQLType, InputValue>(
                "inputFields",
                ListOfNonNull(InputValueType),
                t => (t as InputObjectType)?.Fields,
                f => f.DeprecationReason),
            Field<IGraphQLType>("ofType", TypeType, t => t switch
            {
                ListType list => list.OfType,
                NonNullType nonNull => nonNull.OfType,
                _ => null,
            }),
            Field<IGraphQLType>("isOneOf", BuiltInScalars.Boolean, t => t is InputObjectType input ? Boxes.Bool(input.IsOneOf) : null));
    }

    private static FieldDefinition PossibleTypesField() => new("possibleTypes", ListOfNonNull(TypeType))
    {
        Resolver = context => new ValueTask<object?>(
            context.Parent is NamedType type && type.IsAbstractType() ? context.Schema.GetPossibleTypes(type) : null),
    };

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.List => "LIST",
        _ => "NON_NULL",
    };

    private static void DefineTypeKindType()
    {
        TypeKindType.Description = "An enum describing what kind of type a given `__Type` is.";
        AddValues(
            TypeKindType,
            ("SCALAR", "Indicates this type is a scalar."),
            ("OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            ("INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            ("UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
            ("ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
            ("INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
            ("LIST", "Indicates this type is a list. `ofType` is a valid field."),
            ("NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."));
    }
}
