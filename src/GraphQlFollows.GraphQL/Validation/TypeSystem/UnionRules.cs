using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Types.Building;

namespace GraphQlFollows.GraphQL.Validation.TypeSystem;

/// <summary>Union members: at least one, each an object type, each once.</summary>
internal static class UnionRules
{
    public static string NotAnObjectMember(UnionType union, string member) =>
        $"Union type {union.Name} can only include Object types, it cannot include {member}.";

    public static void Validate(UnionType union, SchemaErrors errors)
    {
        var memberNodes = MemberNodes(union).ToList();
        if (union.Types.Count == 0 && memberNodes.Count == 0)
        {
            errors.Add($"Union type {union.Name} must define one or more member types.", [union.AstNode, .. union.ExtensionAstNodes]);
        }

        var included = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!included.Add(member.Name))
            {
                errors.Add(
                    $"Union type {union.Name} can only include type {member.Name} once.",
                    memberNodes.Where(n => n.Name.Value == member.Name));
            }
        }
    }

    private static IEnumerable<Language.Ast.NamedTypeNode> MemberNodes(UnionType union)
    {
        IEnumerable<Language.Ast.TypeDefinitionNode> nodes = union.AstNode is null
            ? union.ExtensionAstNodes
            : [union.AstNode, .. union.ExtensionAstNodes];
        return nodes.OfType<Language.Ast.UnionTypeDefinitionNode>().SelectMany(n => n.Types);
    }
}
