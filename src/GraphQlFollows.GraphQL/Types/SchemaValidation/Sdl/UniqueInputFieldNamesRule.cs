using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Types.SchemaValidation.Sdl;

/// <summary>A field is given once per input object value.</summary>
internal static class UniqueInputFieldNamesRule
{
    public static void Validate(SdlDocument document, SchemaErrors errors)
    {
        var directiveValues = document.AllDirectives.SelectMany(d => d.Arguments).Select(a => a.Value);
        foreach (var value in directiveValues.Concat(document.Values))
        {
            Check(value, errors);
        }
    }

    private static void Check(ValueNode value, SchemaErrors errors)
    {
        switch (value)
        {
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    Check(item, errors);
                }

                break;
            case ObjectValueNode obj:
                foreach (var group in obj.Fields.GroupBy(f => f.Name.Value).Where(g => g.Count() > 1))
                {
                    errors.Add($"There can be only one input field named \"{group.Key}\".", group.Select(f => f.Name));
                }

                foreach (var field in obj.Fields)
                {
                    Check(field.Value, errors);
                }

                break;
        }
    }
}
