using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Language;

public static partial class Printer
{
    private static string PrintTypeSystemNode(Node node) => node switch
    {
        SchemaDefinitionNode schema => Description(schema.Description)
            + JoinParts(" ", schema.IsExtension ? "extend schema" : "schema", Join(schema.Directives, " "), Block(schema.OperationTypes)),
        OperationTypeDefinitionNode operationType => OperationKeyword(operationType.Operation) + ": " + Print(operationType.Type),
        ScalarTypeDefinitionNode scalar => Header(scalar, "scalar"),
        ObjectTypeDefinitionNode obj => PrintFieldsType(obj, "type"),
        InterfaceTypeDefinitionNode iface => PrintFieldsType(iface, "interface"),
        FieldDefinitionNode field => Description(field.Description) + Print(field.Name) + PrintArgumentDefinitions(field.Arguments)
            + ": " + Print(field.Type) + Wrap(" ", Join(field.Directives, " ")),
        InputValueDefinitionNode input => Description(input.Description) + Print(input.Name) + ": " + Print(input.Type)
            + Wrap(" = ", input.DefaultValue) + Wrap(" ", Join(input.Directives, " ")),
        UnionTypeDefinitionNode union => Header(union, "union", Wrap("= ", Join(union.Types, " | "))),
        EnumTypeDefinitionNode enumType => Header(enumType, "enum", Block(enumType.Values)),
        EnumValueDefinitionNode value => Description(value.Description) + JoinParts(" ", Print(value.Name), Join(value.Directives, " ")),
        InputObjectTypeDefinitionNode input => Header(input, "input", Block(input.Fields)),
        DirectiveDefinitionNode directive => PrintDirectiveDefinition(directive),
        _ => throw new ArgumentException($"Cannot print a node of kind {node.Kind}.", nameof(node)),
    };

    private static string PrintFieldsType(FieldsTypeDefinitionNode type, string keyword) =>
        Header(type, keyword, Wrap("implements ", Join(type.Interfaces, " & ")), Block(type.Fields));

    /// <summary>
    /// The shared shape of type definitions and extensions: description, keyword (prefixed by <c>extend</c>),
    /// name, then interfaces, directives and body in the order the grammar gives.
    /// </summary>
    private static string Header(TypeDefinitionNode type, string keyword, string beforeDirectives, string afterDirectives) =>
        (type.IsExtension ? string.Empty : Description(type.Description))
        + JoinParts(" ", type.IsExtension ? "extend " + keyword : keyword, Print(type.Name), beforeDirectives, Join(type.Directives, " "), afterDirectives);

    private static string Header(TypeDefinitionNode type, string keyword) => Header(type, keyword, string.Empty, string.Empty);

    private static string Header(TypeDefinitionNode type, string keyword, string body) => Header(type, keyword, string.Empty, body);

    private static string PrintDirectiveDefinition(DirectiveDefinitionNode directive) =>
        Description(directive.Description) + "directive @" + Print(directive.Name)
        + PrintArgumentDefinitions(directive.Arguments)
        + (directive.Repeatable ? " repeatable" : string.Empty)
        + " on " + Join(directive.Locations, " | ");

    /// <summary>Argument definitions go one per line as soon as one of them spans several lines.</summary>
    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments) =>
        HasMultilineItems(arguments)
            ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
            : Wrap("(", Join(arguments, ", "), ")");
}
