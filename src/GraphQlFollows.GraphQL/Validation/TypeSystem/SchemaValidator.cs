using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Building;

namespace GraphQlFollows.GraphQL.Validation.TypeSystem;

/// <summary>
/// Checks a built schema against the type system rules of the specification (the reference's <c>validateSchema</c>):
/// root types, directive definitions, then each type by kind, with the cost specification's rules where its directives are
/// applied (<see cref="CostDirectiveRules"/>).
/// </summary>
internal static class SchemaValidator
{
    public static void Validate(Schema schema, SchemaErrors errors)
    {
        RootTypeRules.Validate(schema, errors);
        DirectiveRules.Validate(schema, errors);
        var defaultValueCycles = new DefaultValueCycleRules(errors);
        foreach (var type in schema.Types)
        {
            ValidateType(schema, type, errors, defaultValueCycles);
        }

        InputObjectCycleRules.Validate(schema.Types.OfType<InputObjectType>(), errors);
    }

    private static void ValidateType(Schema schema, NamedType type, SchemaErrors errors, DefaultValueCycleRules defaultValueCycles)
    {
        if (!Introspection.IsIntrospectionType(type))
        {
            NameRules.Validate(type.Name, type.AstNode, errors);
        }

        CostDirectiveRules.ValidateWeight(type.Name, type.AppliedDirectives, errors);
        switch (type)
        {
            case FieldsType fieldsType:
                FieldRules.Validate(fieldsType, errors);
                InterfaceRules.Validate(schema, fieldsType, errors);
                CostDirectiveRules.Validate(fieldsType, errors);
                break;
            case UnionType union:
                UnionRules.Validate(union, errors);
                break;
            case EnumType enumType:
                EnumRules.Validate(enumType, errors);
                break;
            case InputObjectType input:
                InputObjectRules.Validate(input, errors);
                defaultValueCycles.Validate(input);
                break;
        }
    }
}
