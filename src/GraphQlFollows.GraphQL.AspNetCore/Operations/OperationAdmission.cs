using GraphQlFollows.GraphQL.Execution;

namespace GraphQlFollows.GraphQL.AspNetCore.Operations;

/// <summary>Asks the application's <see cref="IOperationAdmission"/>s in turn; the first refusal stands.</summary>
internal static class OperationAdmission
{
    public static GraphQLError? Refusal(IOperationAdmission[] admissions, PreparedOperation operation, HttpContext context)
    {
        foreach (var admission in admissions)
        {
            if (admission.Refusal(operation, context) is { } refusal)
            {
                return refusal;
            }
        }
        return null;
    }
}
