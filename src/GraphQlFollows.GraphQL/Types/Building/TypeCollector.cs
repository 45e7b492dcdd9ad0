using System.Runtime.CompilerServices;

namespace GraphQlFollows.GraphQL.Types.Building;

/// <summary>
/// Lists a schema's types in the order the reference gives them (introspection and printing show that order):
/// each defined type followed by the types it first brings in, then what the directives and introspection need.
/// Built-in scalars that nothing refers to are left out, as in the reference.
/// </summary>
internal sealed class TypeCollector
{
    private readonly Schema _schema;
    private readonly HashSet<NamedType> _seen;

    private TypeCollector(Schema schema, IReadOnlyList<NamedType> definedTypes)
    {
        _schema = schema;
        _seen = [.. definedTypes];
    }

    public static void Collect(Schema schema, IReadOnlyList<NamedType> definedTypes)
    {
        var collector = new TypeCollector(schema, definedTypes);
        foreach (var type in definedTypes)
        {
            schema.Types.Add(type);
            collector.AddReferencedBy(type);
        }

        foreach (var argument in schema.Directives.SelectMany(d => d.Arguments))
        {
            collector.Add(argument.Type.GetNamedType());
        }

        collector.Add(Introspection.SchemaType);
    }

    private void Add(NamedType type)
    {
        // Each type brings in the next: a long enough chain of types would otherwise exhaust the stack.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (_seen.Add(type))
        {
            _schema.Types.Add(type);
            AddReferencedBy(type);
        }
    }

    private void AddReferencedBy(NamedType type)
    {
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Add(member);
                }

                break;
            case FieldsType fieldsType:
                foreach (var iface in fieldsType.Interfaces)
                {
                    Add(iface);
                }

                foreach (var field in fieldsType.Fields)
                {
                    Add(field.Type.GetNamedType());
                    foreach (var argument in field.Arguments)
                    {
                        Add(argument.Type.GetNamedType());
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Add(field.Type.GetNamedType());
                }

                break;
        }
    }
}
