using GraphQlFollows.GraphQL.Validation.Rules;

namespace GraphQlFollows.GraphQL.Validation;

/// <summary>
/// The rules documents must follow, in the order the reference implementation runs them: executable documents
/// (graphql-js: <c>specifiedRules</c>) and type system documents a schema is built from (<c>specifiedSDLRules</c>).
/// </summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<Func<ValidationContext, ValidationRule>> All { get; } =
    [
        c => new ExecutableDefinitions(c),
        c => new OperationTypeExistence(c),
        c => new OperationNameUniqueness(c),
        c => new LoneAnonymousOperation(c),
        c => new SingleRootField(c),
        c => new FragmentSpreadTypeExistence(c),
        c => new FragmentsOnCompositeTypes(c),
        c => new VariablesAreInputTypes(c),
        c => new LeafFieldSelections(c),
        c => new FieldSelections(c),
        c => new FragmentNameUniqueness(c),
        c => new FragmentSpreadTargetDefined(c),
        c => new FragmentsMustBeUsed(c),
        c => new FragmentSpreadIsPossible(c),
        c => new FragmentSpreadsMustNotFormCycles(c),
        c => new VariableUniqueness(c),
        c => new AllVariableUsesDefined(c),
        c => new AllVariablesUsed(c),
        c => new DirectivesAreDefined(c),
        c => new DirectivesAreInValidLocations(c),
        c => new DirectivesAreUniquePerLocation(c),
        c => new DeferStreamDirectiveOnRootField(c),
        c => new DeferStreamDirectiveOnValidOperations(c),
        c => new DeferStreamDirectiveLabel(c),
        c => new StreamDirectiveOnListField(c),
        c => new ArgumentNames(c),
        c => new ArgumentUniqueness(c),
        c => new ValuesOfCorrectType(c),
        c => new RequiredArguments(c),
        c => new AllVariableUsagesAreAllowed(c),
        c => new FieldSelectionMerging(c),
        c => new InputObjectFieldUniqueness(c),
        c => new MaxIntrospectionDepth(c),
    ];

    public static IReadOnlyList<Func<ValidationContext, ValidationRule>> Sdl { get; } =
    [
        c => new SchemaDefinitionUniqueness(c),
        c => new RootOperationTypeUniqueness(c),
        c => new TypeNameUniqueness(c),
        c => new EnumValueUniqueness(c),
        c => new FieldDefinitionUniqueness(c),
        c => new ArgumentDefinitionUniqueness(c),
        c => new DirectiveDefinitionUniqueness(c),
        c => new FragmentSpreadTypeExistence(c),
        c => new DirectivesAreDefined(c),
        c => new DirectivesAreInValidLocations(c),
        c => new DirectivesAreUniquePerLocation(c),
        c => new ExtendedTypesAreDefined(c),
        c => new ArgumentNames(c),
        c => new ArgumentUniqueness(c),
        c => new InputObjectFieldUniqueness(c),
        c => new RequiredArguments(c),
    ];
}
