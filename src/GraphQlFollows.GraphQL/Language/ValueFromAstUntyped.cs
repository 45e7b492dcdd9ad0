using System.Globalization;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Language;

/// <summary>
/// Turns a literal into a plain .NET value without a type to guide it: the way a scalar with no parsing of its own
/// reads a literal. Objects become ordered dictionaries, lists become lists, numbers become long or double.
/// </summary>
public static class ValueFromAstUntyped
{
    public static object? Convert(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode list => list.Values.Select(v => Convert(v, variables)).ToList(),
        ObjectValueNode obj => ToDictionary(obj, variables),
        VariableNode v => variables?.GetValueOrDefault(v.Name.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static Dictionary<string, object?> ToDictionary(ObjectValueNode obj, IReadOnlyDictionary<string, object?>? variables)
    {
        var result = new Dictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            result[field.Name.Value] = Convert(field.Value, variables);
        }

        return result;
    }
}
