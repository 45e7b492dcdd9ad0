using GraphQlFollows.GraphQL.Language;
using GraphQlFollows.GraphQL.Language.Ast;
using GraphQlFollows.GraphQL.Tests.Validation;
using GraphQlFollows.GraphQL.Types;
using GraphQlFollows.GraphQL.Utilities;
using GraphQlFollows.GraphQL.Validation;

namespace GraphQlFollows.GraphQL.Tests.Utilities;

public class TypeInfoTests
{
    [Fact]
    public void FieldsKnowTheirParentTypeAndDefinition()
    {
        var visits = FieldRecorder.Record("""
            query { dog { name ... on Pet { owner { __typename } } } catOrDog { ... on Cat { meowVolume } unknown { name } } __schema { queryType { name } } }
            """);
        Assert.Equal(
            [
                "Query.dog: Dog", "Dog.name: String", "Pet.owner: Human", "Human.__typename: String!",
                "Query.catOrDog: CatOrDog", "Cat.meowVolume: Int", "CatOrDog.unknown: ?", "?.name: ?",
                "Query.__schema: __Schema!", "__Schema.queryType: __Type!", "__Type.name: String",
            ],
            visits);
    }

    [Fact]
    public void VariableUsagesKnowTheTypeAndDefaultOfTheirPosition()
    {
        var document = Parser.Parse("""
            query ($a: Boolean, $b: Int, $c: String!, $d: ID) {
              dog { isHouseTrained(atOtherHomes: $a) name @include(if: $a) }
              findPets(filter: {minAge: $b, owner: {name: $c}, furs: [$d]}, first: $b) { name }
              arguments { choice(value: {dogId: $d}) unknown(value: $a) }
            }
            """);
        var context = new ValidationContext(TestSchema.Schema, document, DocumentValidator.DefaultMaxErrors);
        var usages = context.GetVariableUsages((OperationDefinitionNode)document.Definitions[0])
            .Select(u => $"${u.Node.Name.Value}: {u.Type?.ToString() ?? "?"}" + (u.ParentInputType is { } parent ? $" in {parent}" : "")
                + (u.LocationDefaultValue is IntValueNode i ? $" = {i.Value}" : u.LocationDefaultValue is BooleanValueNode b ? $" = {b.Value}" : ""));
        Assert.Equal(
            [
                "$a: Boolean = True", "$a: Boolean!", "$b: Int in PetFilter = 0", "$c: String! in OwnerFilter",
                "$d: Fur! in [Fur!]", "$b: Int! = 10", "$d: ID in PetChoice", "$a: ?",
            ],
            usages);
    }

    /// <summary>Records each field as "Parent.field: type", with "?" for what the schema does not know.</summary>
    private sealed class FieldRecorder(TypeInfo typeInfo) : AstVisitor
    {
        private readonly List<string> _visits = [];

        public static List<string> Record(string document)
        {
            var recorder = new FieldRecorder(new TypeInfo(TestSchema.Schema));
            recorder.Visit(Parser.Parse(document));
            return recorder._visits;
        }

        protected override void EnterOperation(OperationDefinitionNode node) => typeInfo.EnterOperation(node);

        protected override void LeaveOperation(OperationDefinitionNode node) => typeInfo.LeaveOperation();

        protected override void EnterSelectionSet(SelectionSetNode node, Node parent) => typeInfo.EnterSelectionSet();

        protected override void LeaveSelectionSet(SelectionSetNode node) => typeInfo.LeaveSelectionSet();

        protected override void EnterInlineFragment(InlineFragmentNode node) => typeInfo.EnterFragment(node.TypeCondition);

        protected override void LeaveInlineFragment(InlineFragmentNode node) => typeInfo.LeaveFragment();

        protected override void EnterField(FieldNode node)
        {
            var parent = typeInfo.ParentType?.Name ?? "?";
            typeInfo.EnterField(node);
            _visits.Add($"{parent}.{node.Name.Value}: {typeInfo.Type?.ToString() ?? "?"}");
        }

        protected override void LeaveField(FieldNode node) => typeInfo.LeaveField();
    }
}
