using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Types.Scalars;

namespace GraphQlFollows.GraphQL.Types;

public static partial class Introspection
{
    private static void DefineFieldType()
    {
        FieldType.Description = "Object and Interface types are described by a list of Fields, each of which has a name, " +
            "potentially a list of arguments, and a return type.";
        AddFields(
            FieldType,
            Field<FieldDefinition>("name", NonNullString, f => f.Name),
            Field<FieldDefinition>("description", BuiltInScalars.String, f => f.Description),
            FilteredField<FieldDefinition, InputValue>(
                "args",
                new NonNullType(ListOfNonNull(InputValueType)),
                f => f.Arguments,
                a => a.DeprecationReason),
            Field<FieldDefinition>("type", new NonNullType(TypeType), f => f.Type),
            Field<FieldDefinition>("isDeprecated", NonNullBoolean, f => Boxes.Bool(f.DeprecationReason is not null)),
            Field<FieldDefinition>("deprecationReason", BuiltInScalars.String, f => f.DeprecationReason));
    }

    private static void DefineInputValueType()
    {
        InputValueType.Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are " +
            "represented as Input Values which describe their type and optionally a default value.";
        AddFields(
            InputValueType,
            Field<InputValue>("name", NonNullString, v => v.Name),
            Field<InputValue>("description", BuiltInScalars.String, v => v.Description),
            Field<InputValue>("type", new NonNullType(TypeType), v => v.Type),
            Field<InputValue>(
                "defaultValue",
                BuiltInScalars.String,
                v => v.DefaultValue is null ? null : Printer.Print(v.DefaultValue),
                "A GraphQL-formatted string representing the default value for this input value."),
            Field<InputValue>("isDeprecated", NonNullBoolean, v => Boxes.Bool(v.DeprecationReason is not null)),
            Field<InputValue>("deprecationReason", BuiltInScalars.String, v => v.DeprecationReason));
    }

    private static void DefineEnumValueType()
    {
        EnumValueType.Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for " +
            "a string or numeric value. However an Enum value is returned in a JSON response as a string.";
        AddFields(
            EnumValueType,
            Field<EnumValue>("name", NonNullString, v => v.Name),
            Field<EnumValue>("description", BuiltInScalars.String, v => v.Description),
            Field<EnumValue>("isDeprecated", NonNullBoolean, v => Boxes.Bool(v.DeprecationReason is not null)),
            Field<EnumValue>("deprecationReason", BuiltInScalars.String, v => v.DeprecationReason));
    }
}
