// An ASP.NET Core application with nothing but one endpoint that answers a GraphQL POST with a constant: what the
// start-up benchmark compares the server's first answer with.
var app = WebApplication.CreateBuilder(args).Build();
app.MapPost("/graphql", () => Results.Text("{\"data\":{\"__typename\":\"Query\"}}", "application/graphql-response+json"));
app.Run();
