using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Utilities;

namespace GraphQlFollows.GraphQL.Types.Scalars;

/// <summary>A literal as error messages show it.</summary>
internal static class LiteralText
{
    public static string Of(ValueNode literal) => literal switch
    {
        VariableNode v => "$" + v.Name.Value,
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        StringValueNode s => Inspect.Quote(s.Value),
        BooleanValueNode b => b.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode e => e.Value,
        ListValueNode list => "[" + string.Join(", ", list.Values.Select(Of)) + "]",
        ObjectValueNode obj => "{ " + string.Join(", ", obj.Fields.Select(f => f.Name.Value + ": " + Of(f.Value))) + " }",
        _ => literal.Kind.ToString(),
    };
}
