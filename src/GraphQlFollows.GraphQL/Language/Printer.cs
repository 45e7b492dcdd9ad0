using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL source in the layout graphql-js's <c>print</c> uses: two-space indentation,
/// arguments and list or object values moved onto their own lines when a line would exceed 80 characters.
/// Each node prints to a string at indentation zero; enclosing blocks indent it.
/// </summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(Node node) => node switch
    {
        DocumentNode document => Join(document.Definitions, "\n\n"),
        OperationDefinitionNode operation => PrintOperation(operation),
        VariableDefinitionNode variable => PrintVariableDefinition(variable),
        SelectionSetNode selectionSet => selectionSet.Selections.Count == 0 ? "{}" : Block(selectionSet.Selections),
        FieldNode field => PrintField(field),
        ArgumentNode argument => Print(argument.Name) + ": " + Print(argument.Value),
        FragmentSpreadNode spread => "..." + Print(spread.Name) + Wrap(" ", Join(spread.Directives, " ")),
        InlineFragmentNode inline => JoinParts(" ", "...", Wrap("on ", inline.TypeCondition), Join(inline.Directives, " "), Print(inline.SelectionSet)),
        FragmentDefinitionNode fragment => PrintFragmentDefinition(fragment),
        DirectiveNode directive => "@" + Print(directive.Name) + Wrap("(", Join(directive.Arguments, ", "), ")"),
        NameNode name => name.Value,
        NamedTypeNode named => Print(named.Name),
        ListTypeNode list => "[" + Print(list.Type) + "]",
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
        ValueNode value => PrintValue(value),
        ObjectFieldNode field => Print(field.Name) + ": " + Print(field.Value),
        _ => PrintTypeSystemNode(node),
    };

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        var variables = HasMultilineItems(operation.VariableDefinitions)
            ? Wrap("(\n", Join(operation.VariableDefinitions, "\n"), "\n)")
            : Wrap("(", Join(operation.VariableDefinitions, ", "), ")");
        var keyword = OperationKeyword(operation.Operation);
        var prefix = Description(operation.Description)
            + JoinParts(" ", keyword, Wrap(operation.Name) + variables, Join(operation.Directives, " "));

        // A query with nothing but its selection set prints in shorthand form.
        var selectionSet = Print(operation.SelectionSet);
        return operation.Operation == OperationType.Query && prefix.Length == keyword.Length
            ? selectionSet
            : prefix + " " + selectionSet;
    }

    private static string PrintVariableDefinition(VariableDefinitionNode variable) =>
        Description(variable.Description) + Print(variable.Variable) + ": " + Print(variable.Type)
        + Wrap(" = ", variable.DefaultValue) + Wrap(" ", Join(variable.Directives, " "));

    private static string PrintField(FieldNode field)
    {
        var prefix = field.Alias is null ? Print(field.Name) : Print(field.Alias) + ": " + Print(field.Name);
        return PrintWithArguments(prefix, field.Arguments)
            + Wrap(" ", Join(field.Directives, " "))
            + Wrap(" ", field.SelectionSet);
    }

    /// <summary>Arguments go one per line when they would not fit on the line of their field.</summary>
    private static string PrintWithArguments(string prefix, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return prefix;
        }

        var printed = PrintAll(arguments);
        return prefix.Length + JoinedLength(printed, ", ") + 2 > MaxLineLength
            ? prefix + "(\n" + Indent(JoinStrings(printed, "\n")) + "\n)"
            : prefix + "(" + JoinStrings(printed, ", ") + ")";
    }

    private static string PrintFragmentDefinition(FragmentDefinitionNode fragment) =>
        Description(fragment.Description) + "fragment " + Print(fragment.Name) + " on " + Print(fragment.TypeCondition)
        + " " + Wrap(string.Empty, Join(fragment.Directives, " "), " ") + Print(fragment.SelectionSet);

    private static string PrintValue(ValueNode value) => value switch
    {
        VariableNode variable => "$" + Print(variable.Name),
        IntValueNode integer => integer.Value,
        FloatValueNode number => number.Value,
        StringValueNode text => text.Block ? StringPrinter.PrintBlockString(text.Value) : StringPrinter.PrintString(text.Value),
        BooleanValueNode boolean => boolean.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => PrintList(list),
        ObjectValueNode obj => PrintObject(obj),
        _ => throw new ArgumentException($"Cannot print a value of kind {value.Kind}.", nameof(value)),
    };

    private static string PrintList(ListValueNode list)
    {
        var printed = PrintAll(list.Values);
        return 2 + JoinedLength(printed, ", ") > MaxLineLength
            ? "[\n" + Indent(JoinStrings(printed, "\n")) + "\n]"
            : "[" + JoinStrings(printed, ", ") + "]";
    }

    private static string PrintObject(ObjectValueNode obj)
    {
        var printed = PrintAll(obj.Fields);
        return 4 + JoinedLength(printed, ", ") > MaxLineLength
            ? BlockOf(JoinStrings(printed, "\n"))
            : "{ " + JoinStrings(printed, ", ") + " }";
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
