using GraphQlFollows.GraphQL.Language.Ast;

namespace GraphQlFollows.GraphQL.Language;

/// <summary>The walk through type system definitions and extensions: their type references, directives and default values.</summary>
public abstract partial class AstVisitor
{
    protected virtual void EnterTypeSystemDefinition(TypeSystemDefinitionNode node)
    {
    }

    protected virtual void LeaveTypeSystemDefinition(TypeSystemDefinitionNode node)
    {
    }

    private void VisitTypeSystemDefinition(TypeSystemDefinitionNode node)
    {
        EnterTypeSystemDefinition(node);
        switch (node)
        {
            case SchemaDefinitionNode schema:
                VisitDirectives(schema.Directives, DirectiveLocation.SCHEMA);
                foreach (var operationType in schema.OperationTypes)
                {
                    EnterNamedType(operationType.Type);
                }

                break;
            case ScalarTypeDefinitionNode scalar:
                VisitDirectives(scalar.Directives, DirectiveLocation.SCALAR);
                break;
            case FieldsTypeDefinitionNode fieldsType:
                VisitFieldsType(fieldsType);
                break;
            case UnionTypeDefinitionNode union:
                VisitDirectives(union.Directives, DirectiveLocation.UNION);
                foreach (var member in union.Types)
                {
                    EnterNamedType(member);
                }

                break;
            case EnumTypeDefinitionNode enumType:
                VisitDirectives(enumType.Directives, DirectiveLocation.ENUM);
                foreach (var value in enumType.Values)
                {
                    VisitDirectives(value.Directives, DirectiveLocation.ENUM_VALUE);
                }

                break;
            case InputObjectTypeDefinitionNode inputObject:
                VisitDirectives(inputObject.Directives, DirectiveLocation.INPUT_OBJECT);
                VisitInputValueDefinitions(inputObject.Fields, DirectiveLocation.INPUT_FIELD_DEFINITION);
                break;
            case DirectiveDefinitionNode directive:
                VisitDirectives(directive.Directives, DirectiveLocation.DIRECTIVE_DEFINITION);
                VisitInputValueDefinitions(directive.Arguments, DirectiveLocation.ARGUMENT_DEFINITION);
                break;
        }

        LeaveTypeSystemDefinition(node);
    }

    private void VisitFieldsType(FieldsTypeDefinitionNode node)
    {
        foreach (var implemented in node.Interfaces)
        {
            EnterNamedType(implemented);
        }

        var location = node is ObjectTypeDefinitionNode ? DirectiveLocation.OBJECT : DirectiveLocation.INTERFACE;
        VisitDirectives(node.Directives, location);
        foreach (var field in node.Fields)
        {
            VisitInputValueDefinitions(field.Arguments, DirectiveLocation.ARGUMENT_DEFINITION);
            VisitType(field.Type);
            VisitDirectives(field.Directives, DirectiveLocation.FIELD_DEFINITION);
        }
    }

    private void VisitInputValueDefinitions(IReadOnlyList<InputValueDefinitionNode> definitions, DirectiveLocation location)
    {
        foreach (var definition in definitions)
        {
            VisitType(definition.Type);
            if (definition.DefaultValue is { } defaultValue)
            {
                VisitValue(defaultValue);
            }

            VisitDirectives(definition.Directives, location);
        }
    }
}
