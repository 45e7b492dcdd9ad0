using GraphQlFollows.Follows.Applications;
using GraphQlFollows.GraphQL.AspNetCore;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.ApiKeys;

/// <summary>Application API keys in the host (section <c>Api</c>): nothing is checked unless <c>RequireKey</c> is on.</summary>
public static class ApiKeyHosting
{
    public static IServiceCollection AddApiKeys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiKeyOptions>().Bind(configuration.GetSection(ApiKeyOptions.SectionName))
            .Validate(options => options.KeyCacheDuration >= TimeSpan.Zero, "Api:KeyCacheDuration must not be negative.")
            .Validate(options => options.KeyCacheSize >= 1, "Api:KeyCacheSize must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<ApiKeyGate>();
        if (configuration.GetSection(ApiKeyOptions.SectionName).Get<ApiKeyOptions>()?.RequireKey == true)
        {
            services.AddSingleton<IConnectionInitGate, ApiKeyConnectionGate>();
            services.AddSingleton<IOperationAdmission, ApiKeyOperationAdmission>();
        }
        return services;
    }

    /// <summary>Requires an application's key for <paramref name="endpoint"/> too, when keys are required at all.</summary>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder => endpoint.WithMetadata(ApiKeyMiddleware.RequiredMetadata);

    /// <summary>Checks keys on the GraphQL endpoint; call after the endpoint's CORS and WebSocket middleware.</summary>
    public static WebApplication UseApiKeys(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ApiKeyOptions>>().Value.RequireKey)
        {
            app.UseMiddleware<ApiKeyMiddleware>();
        }
        return app;
    }
}
