namespace GraphQlFollows.Follows.Graph.Results;

/// <param name="TsInServer">The server's clock when the request was decided, milliseconds since the epoch.</param>
public readonly record struct CreateProfileResult(CreateProfileStatus Status, long TsInServer);
