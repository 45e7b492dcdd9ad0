using GraphQlFollows.GraphQL.AspNetCore;

namespace GraphQlFollows.Server.Admission;

/// <summary>
/// What decides whether a client's request is taken now: the per-client budgets (<see cref="RateLimitSettings"/>),
/// refused with 429 and <c>Retry-After</c>, and each client's cap of open WebSocket connections.
/// </summary>
internal static class AdmissionHosting
{
    public static IServiceCollection AddAdmission(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitSettings>().Bind(configuration.GetSection(RateLimitSettings.SectionName))
            .Validate(settings => IsValid(settings.Requests) && IsValid(settings.WalletSigned) && settings.WebSocketConnections >= 0,
                "GraphQL:RateLimits: Permits, Burst and WebSocketConnections must not be negative, and a budget that is on needs a positive Window.")
            .ValidateOnStart();
        services.AddSingleton<WalletSignedBudget>();
        services.AddSingleton<IOperationAdmission>(provider => provider.GetRequiredService<WalletSignedBudget>());
        services.AddSingleton<ClientRequestBudget>();
        services.AddSingleton<IOperationAdmission>(provider => provider.GetRequiredService<ClientRequestBudget>());
        services.AddSingleton<ClientConnections>();
        services.Configure<GraphQLServerOptions>(options =>
        {
            options.ErrorStatusCodes.TryAdd(ClientBudgets.TooManyRequestsCode, StatusCodes.Status429TooManyRequests);
            options.ErrorStatusCodes.TryAdd(ClientBudgets.TooManyWalletSignaturesCode, StatusCodes.Status429TooManyRequests);
        });
        return services;
    }

    /// <summary>Admits each request to the endpoint at its door; call after the API keys, which name the client.</summary>
    public static void UseAdmission(this WebApplication app) => app.UseMiddleware<ClientAdmissionMiddleware>();

    private static bool IsValid(ClientBudget budget) =>
        budget.Permits >= 0 && budget.Burst >= 0 && (!budget.IsOn || budget.Window > TimeSpan.Zero);
}
