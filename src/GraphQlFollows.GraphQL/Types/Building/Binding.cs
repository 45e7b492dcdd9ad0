
using GraphQlFollows.GraphQL.Types.Resolvers;

namespace GraphQlFollows.GraphQL.Types.Building;

/// <summary>C# code given to a schema element by name; applied once the schema is built.</summary>
internal abstract class Binding
{
    /// <summary>Applies the binding; the problem when the named element does not exist or cannot take it.</summary>
    public abstract string? Apply(Schema schema);
}

internal sealed class FieldBinding(string typeName, string fieldName, Action<FieldDefinition> apply) : Binding
{
    public override string? Apply(Schema schema)
    {
        if (schema.GetType(typeName) is not ObjectType type || Introspection.IsIntrospectionType(type))
        {
            return $"Cannot bind field \"{typeName}.{fieldName}\": the schema has no object type \"{typeName}\".";
        }

        if (!type.Fields.TryGet(fieldName, out var field))
        {
            return $"Cannot bind field \"{typeName}.{fieldName}\": type \"{typeName}\" has no field \"{fieldName}\".";
        }

        apply(field);
        return null;
    }
}

internal sealed class TypeResolverBinding(string typeName, TypeResolver resolver) : Binding
{
    public override string? Apply(Schema schema)
    {
        switch (schema.GetType(typeName))
        {
            case InterfaceType iface:
                iface.ResolveType = resolver;
                return null;
            case UnionType union:
                union.ResolveType = resolver;
                return null;
            default:
                return $"Cannot bind a type resolver to \"{typeName}\": the schema has no interface or union of that name.";
        }
    }
}

internal sealed class IsTypeOfBinding(string typeName, Func<object?, IResolverContext, bool> isTypeOf) : Binding
{
    public override string? Apply(Schema schema)
    {
        if (schema.GetType(typeName) is not ObjectType type || Introspection.IsIntrospectionType(type))
        {
            return $"Cannot bind isTypeOf to \"{typeName}\": the schema has no object type of that name.";
        }

        type.IsTypeOf = isTypeOf;
        return null;
    }
}

internal sealed class EnumValueBinding(string typeName, string valueName, object value) : Binding
{
    public override string? Apply(Schema schema)
    {
        if (schema.GetType(typeName) is not EnumType type || Introspection.IsIntrospectionType(type))
        {
            return $"Cannot bind enum value \"{typeName}.{valueName}\": the schema has no enum type \"{typeName}\".";
        }

        if (!type.Values.TryGet(valueName, out var enumValue))
        {
            return $"Cannot bind enum value \"{typeName}.{valueName}\": enum \"{typeName}\" has no value \"{valueName}\".";
        }

        enumValue.Value = value;
        return null;
    }
}

// Not generic over the enum: an instantiation per enum type would each be compiled at start-up.
internal sealed class EnumBinding(string typeName, Type enumType) : Binding
{
    public override string? Apply(Schema schema)
    {
        if (schema.GetType(typeName) is not EnumType type || Introspection.IsIntrospectionType(type))
        {
            return $"Cannot bind enum \"{typeName}\" to {enumType.Name}: the schema has no enum type of that name.";
        }

        var members = EnumValueNaming.ValuesOf(enumType);
        var missing = type.Values.Where(v => !members.ContainsKey(v.Name)).ToList();
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(v => v.Name));
            return $"Cannot bind enum \"{typeName}\" to {enumType.Name}: it has no member named {names}.";
        }

        foreach (var value in type.Values)
        {
            value.Value = members[value.Name];
        }

        return null;
    }
}
