using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Validation.TypeSystem;

namespace GraphQlFollows.GraphQL.Types.Building;

/// <summary>Fills a type created from its definition with what the definition and its extensions declare.</summary>
internal sealed class TypeFiller(SchemaFactory factory, NamedType type)
{
    /// <summary>The definition followed by its extensions, in document order.</summary>
    private IEnumerable<TypeDefinitionNode> Nodes => type.AstNode is null ? [] : [type.AstNode, .. type.ExtensionAstNodes];

    public void Fill()
    {
        switch (type)
        {
            case ScalarType scalar:
                FillScalar(scalar);
                break;
            case FieldsType fields:
                FillFieldsType(fields);
                break;
            case UnionType union:
                FillUnion(union);
                break;
            case EnumType enumType:
                FillEnum(enumType);
                break;
            case InputObjectType input:
                FillInputObject(input);
                break;
        }
    }

    private void FillScalar(ScalarType scalar)
    {
        // The last @specifiedBy wins, as extensions may restate it; a bound scalar's own URL wins over all.
        string? url = null;
        foreach (var node in Nodes)
        {
            url = factory.DirectiveValues.SpecifiedByUrl(node.Directives) ?? url;
        }

        scalar.SpecifiedByUrl ??= url;
    }

    private void FillFieldsType(FieldsType fieldsType)
    {
        foreach (var node in Nodes.OfType<FieldsTypeDefinitionNode>())
        {
            foreach (var reference in node.Interfaces)
            {
                AddInterface(fieldsType, reference);
            }

            foreach (var fieldNode in node.Fields)
            {
                var field = new FieldDefinition(fieldNode.Name.Value, factory.Type(fieldNode.Type))
                {
                    Description = fieldNode.Description?.Value,
                    DeprecationReason = factory.DirectiveValues.DeprecationReason(fieldNode.Directives),
                    AppliedDirectives = fieldNode.Directives,
                    AstNode = fieldNode,
                };
                factory.AddArguments(field.Arguments, fieldNode.Arguments);
                fieldsType.Fields.Add(field);
            }
        }
    }

    private void AddInterface(FieldsType fieldsType, NamedTypeNode reference)
    {
        if (factory.NamedType(reference) is InterfaceType iface)
        {
            fieldsType.AddInterface(iface);
        }
        else
        {
            factory.Errors.Add(InterfaceRules.NotAnInterface(fieldsType, reference.Name.Value), reference);
        }
    }

    private void FillUnion(UnionType union)
    {
        foreach (var node in Nodes.OfType<UnionTypeDefinitionNode>())
        {
            foreach (var reference in node.Types)
            {
                if (factory.NamedType(reference) is ObjectType member)
                {
                    union.AddType(member);
                }
                else
                {
                    factory.Errors.Add(UnionRules.NotAnObjectMember(union, reference.Name.Value), reference);
                }
            }
        }
    }

    private void FillEnum(EnumType enumType)
    {
        foreach (var node in Nodes.OfType<EnumTypeDefinitionNode>())
        {
            foreach (var valueNode in node.Values)
            {
                enumType.Values.Add(new EnumValue(valueNode.Name.Value, valueNode.Name.Value)
                {
                    Description = valueNode.Description?.Value,
                    DeprecationReason = factory.DirectiveValues.DeprecationReason(valueNode.Directives),
                    AppliedDirectives = valueNode.Directives,
                    AstNode = valueNode,
                });
            }
        }
    }

    private void FillInputObject(InputObjectType input)
    {
        // Only the definition itself can make an input object @oneOf, as in the reference.
        input.IsOneOf = type.AstNode is { } definition && BuiltInDirectiveValues.IsOneOf(definition.Directives);
        foreach (var node in Nodes.OfType<InputObjectTypeDefinitionNode>())
        {
            factory.AddArguments(input.Fields, node.Fields);
        }
    }
}
