namespace GraphQlFollows.GraphQL.Validation;

/// <summary>Stops a validation early; its message becomes the last error of the result.</summary>
internal sealed class ValidationAbortedException(string message) : Exception(message);
