using System.Reflection;
using GraphQlFollows.GraphQL.Execution;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;

namespace GraphQlFollows.Api.Binding;

/// <summary>
/// Binds an object type to the domain record its values are, by convention: each field reads the public property of
/// the same name (<c>followerCount</c> reads <c>FollowerCount</c>). A field that computes something, or whose
/// property is named otherwise, is bound explicitly after this binding, which its resolver then replaces; the schema
/// tests check that no field is left unbound.
/// </summary>
internal static class PropertyBinding
{
    public static SchemaBuilder BindProperties<TParent>(this SchemaBuilder builder, DocumentNode schema, string typeName)
    {
        var definition = schema.Definitions.OfType<ObjectTypeDefinitionNode>().SingleOrDefault(d => d.Name.Value == typeName)
            ?? throw new InvalidOperationException($"The schema has no object type {typeName}.");
        foreach (var field in definition.Fields)
        {
            var name = field.Name.Value;
            var property = typeof(TParent).GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property?.GetMethod is not null)
            {
                var read = Getter(property);
                builder.BindResolver(typeName, name, context => new ValueTask<object?>(read(context.Parent!)));
            }
        }

        return builder;
    }

    private static readonly MethodInfo ClassGetter =
        typeof(PropertyBinding).GetMethod(nameof(OfClass), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo StructGetter =
        typeof(PropertyBinding).GetMethod(nameof(OfStruct), BindingFlags.NonPublic | BindingFlags.Static)!;

    // A getter of a struct takes the struct by reference.
    private delegate TValue ByRef<TParent, TValue>(ref TParent parent);

    // A delegate over the property's own getter, made once at start-up, so that reading a field costs two delegate
    // calls, about what a hand-written lambda costs; unlike a compiled expression it needs no code generated at
    // start-up beyond one small method per pair of types.
    private static Func<object, object?> Getter(PropertyInfo property)
    {
        var parent = property.DeclaringType!;
        var typed = (parent.IsValueType ? StructGetter : ClassGetter).MakeGenericMethod(parent, property.PropertyType);
        return (Func<object, object?>)typed.Invoke(null, [property.GetMethod])!;
    }

    private static Func<object, object?> OfClass<TParent, TValue>(MethodInfo getter)
    {
        var read = getter.CreateDelegate<Func<TParent, TValue>>();
        return parent => read((TParent)parent);
    }

    private static Func<object, object?> OfStruct<TParent, TValue>(MethodInfo getter)
    {
        var read = getter.CreateDelegate<ByRef<TParent, TValue>>();
        return parent =>
        {
            var value = (TParent)parent;
            return read(ref value);
        };
    }
}
