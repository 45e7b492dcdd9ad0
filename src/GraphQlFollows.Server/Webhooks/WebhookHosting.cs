using GraphQlFollows.Follows.Applications;
using Microsoft.Extensions.Options;

namespace GraphQlFollows.Server.Webhooks;

/// <summary>Webhooks in the host (section <c>Webhooks</c>): the store for the <c>webhook</c> command, and delivery when enabled.</summary>
public static class WebhookHosting
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<WebhookOptions>>().Value);
        services.AddSingleton(provider => WebhookSecretKey.Secrets(provider.GetRequiredService<WebhookOptions>()));
        services.AddSingleton<WebhookStore>();
        services.AddSingleton<WebhookLog>();
        services.AddSingleton<WebhookSender>();
        if (configuration.GetSection(WebhookOptions.SectionName).Get<WebhookOptions>()?.Enabled != false)
        {
            services.AddHostedService<WebhookDispatcher>();
        }
        return services;
    }
}
