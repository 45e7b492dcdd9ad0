using System.Text;
using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Validation;

/// <summary>Literals as validation messages show them.</summary>
internal static class ValueText
{
    public static string Of(ValueNode literal) => literal switch
    {
        VariableNode v => "$" + v.Name.Value,
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        StringValueNode s => Quote(s.Value),
        BooleanValueNode b => b.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode e => e.Value,
        ListValueNode list => "[" + string.Join(", ", list.Values.Select(Of)) + "]",
        ObjectValueNode obj => "{ " + string.Join(", ", obj.Fields.Select(f => f.Name.Value + ": " + Of(f.Value))) + " }",
        _ => literal.Kind.ToString(),
    };

    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                < ' ' => builder.Append("\\u").Append(((int)c).ToString("x4")),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
