using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.GraphQL.Utilities;

/// <summary>Comparisons between types, as validation and execution need them.</summary>
public static class TypeComparators
{
    /// <summary>The same type, wrappers included.</summary>
    public static bool IsEqualType(IGraphQLType a, IGraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        _ => false,
    };

    /// <summary>True when a value of <paramref name="maybeSubType"/> can be used where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, IGraphQLType maybeSubType, IGraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        return maybeSubType is NamedType sub && superType is NamedType super
            && (ReferenceEquals(sub, super) || (super.IsAbstractType() && schema.IsSubType(super, sub)));
    }

    /// <summary>True when some object type could be both <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstractType())
        {
            return b.IsAbstractType()
                ? schema.GetPossibleTypes(a).Any(t => schema.IsSubType(b, t))
                : schema.IsSubType(a, b);
        }

        return b.IsAbstractType() && schema.IsSubType(b, a);
    }
}
