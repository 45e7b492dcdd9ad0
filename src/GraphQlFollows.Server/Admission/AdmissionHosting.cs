using GraphQlFollows.GraphQL.AspNetCore;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.Admission;

/// <summary>
/// What decides whether a client's request is taken now: the per-client budgets (<see cref="RateLimitSettings"/>),
/// refused with 429 and <c>Retry-After</c>.
/// </summary>
internal static class AdmissionHosting
{
    public static IServiceCollection AddAdmission(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitSettings>().Bind(configuration.GetSection(RateLimitSettings.SectionName))
            .Validate(settings => IsValid(settings.Requests) && IsValid(settings.WalletSigned),
                "GraphQL:RateLimits: Permits and Burst must not be negative, and a budget that is on needs a positive Window.")
            .ValidateOnStart();
        services.AddSingleton<WalletSignedBudget>();
        services.AddSingleton<IOperationAdmission>(provider => provider.GetRequiredService<WalletSignedBudget>());
        services.AddClientRateLimits();
        services.Configure<GraphQLServerOptions>(options =>
        {
            options.ErrorStatusCodes.TryAdd(ClientBudgets.TooManyRequestsCode, StatusCodes.Status429TooManyRequests);
            options.ErrorStatusCodes.TryAdd(ClientBudgets.TooManyWalletSignaturesCode, StatusCodes.Status429TooManyRequests);
        });
        return services;
    }

    /// <summary>Spends each client's request budget on <paramref name="endpoint"/>, when that budget is on.</summary>
    public static void UseAdmission(this WebApplication app, IEndpointConventionBuilder endpoint)
    {
        if (app.Services.GetRequiredService<IOptions<RateLimitSettings>>().Value.Requests.IsOn)
        {
            app.UseRateLimiter();
            endpoint.RequireRateLimiting(ClientRateLimits.RequestsPolicy);
        }
    }

    private static bool IsValid(ClientBudget budget) =>
        budget.Permits >= 0 && budget.Burst >= 0 && (!budget.IsOn || budget.Window > TimeSpan.Zero);
}
