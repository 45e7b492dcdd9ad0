using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Building;

namespace GraphQlFollows.GraphQL.Validation.TypeSystem;

/// <summary>
/// Where the cost directives are applied (<see cref="CostDirectives"/>), the validity rules of the cost
/// specification: a weight is a number, and a <c>@listSize</c> sizes a list (the field's, or its
/// <c>sizedFields</c>) by integer arguments the field has. A misspelt name fails the schema instead of pricing
/// every list at one.
/// </summary>
internal static class CostDirectiveRules
{
    /// <summary>The fields of an object or interface type, their arguments and their list sizes.</summary>
    public static void Validate(FieldsType type, SchemaErrors errors)
    {
        foreach (var field in type.Fields)
        {
            var coordinate = Coordinates.Field(type, field);
            ValidateWeight(coordinate, field.AppliedDirectives, errors);
            foreach (var argument in field.Arguments)
            {
                ValidateWeight(Coordinates.Argument(type, field, argument), argument.AppliedDirectives, errors);
            }

            if (CostDirectives.ListSizeOf(field) is { } listSize)
            {
                ValidateListSize(coordinate, field, listSize, errors);
            }
        }
    }

    /// <summary>The weight of <c>@cost</c>, when it is among <paramref name="directives"/>.</summary>
    public static void ValidateWeight(string coordinate, IReadOnlyList<DirectiveNode> directives, SchemaErrors errors)
    {
        if (DirectiveNodes.Find(directives, CostDirectives.Cost) is { } cost && CostDirectives.WeightOf(directives) is null)
        {
            errors.Add($"The @cost weight of {coordinate} must be a number, such as \"2.0\".", cost);
        }
    }

    private static void ValidateListSize(string coordinate, FieldDefinition field, ListSizeDirective listSize, SchemaErrors errors)
    {
        var node = DirectiveNodes.Find(field.AppliedDirectives, CostDirectives.ListSize);
        if (listSize.AssumedSize is < 0)
        {
            errors.Add($"The @listSize assumedSize of {coordinate} must not be negative.", node);
        }

        if (listSize.SizedFields.Count == 0 && field.Type.GetNullableType() is not ListType)
        {
            errors.Add($"@listSize on {coordinate} sizes nothing: the field is not a list and names no sizedFields.", node);
        }

        foreach (var name in listSize.SlicingArguments)
        {
            if (field.Arguments[name]?.Type.GetNamedType() is not { Name: "Int" })
            {
                errors.Add($"The slicing argument \"{name}\" of {coordinate} must be an argument of type Int of the field.", node);
            }
        }

        foreach (var name in listSize.SizedFields)
        {
            if (field.Type.GetNamedType() is not FieldsType target || target.Fields[name]?.Type.GetNullableType() is not ListType)
            {
                errors.Add($"The sized field \"{name}\" of {coordinate} must be a list field of {field.Type.GetNamedType().Name}.", node);
            }
        }
    }
}
