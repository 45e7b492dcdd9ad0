namespace GraphQlFollows.GraphQL.Types;

/// <summary>The type predicates of the specification's type system section.</summary>
public static class TypePredicates
{
    /// <summary>The named type under any list and non-null wrappers.</summary>
    public static NamedType GetNamedType(this IGraphQLType type)
    {
        while (true)
        {
            switch (type)
            {
                case NamedType named:
                    return named;
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(type));
            }
        }
    }

    /// <summary>The type without its outer non-null wrapper, if it has one.</summary>
    public static IGraphQLType GetNullableType(this IGraphQLType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsNonNull(this IGraphQLType type) => type is NonNullType;

    /// <summary>An argument or input field that must be given: non-null and without a default.</summary>
    public static bool IsRequired(this InputValue value) => value.Type is NonNullType && value.DefaultValue is null;

    public static bool IsInputType(this IGraphQLType type) =>
        type.GetNamedType() is ScalarType or EnumType or InputObjectType;

    public static bool IsOutputType(this IGraphQLType type) =>
        type.GetNamedType() is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    public static bool IsLeafType(this IGraphQLType type) => type is ScalarType or EnumType;

    public static bool IsCompositeType(this IGraphQLType type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(this IGraphQLType type) => type is InterfaceType or UnionType;
}
