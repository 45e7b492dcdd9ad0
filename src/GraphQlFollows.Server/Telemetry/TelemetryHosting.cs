using GraphQlFollows.Follows.Telemetry;
using GraphQlFollows.GraphQL.Telemetry;
using GraphQlFollows.Server.ApiKeys;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GraphQlFollows.Server.Telemetry;

/// <summary>
/// OpenTelemetry in the host, as the <c>Telemetry</c> section asks: nothing is registered while it is all off, so
/// the engine and the follow graph find no listener and record nothing.
/// </summary>
public static class TelemetryHosting
{
    private const string ServiceName = "GraphQlFollows.Server";

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TelemetryOptions.SectionName);
        services.AddOptions<TelemetryOptions>().Bind(section)
            .Validate(options => options.PrometheusPath.StartsWith('/'), "Telemetry:PrometheusPath must start with '/'.")
            .Validate(options => options.Otlp.Endpoint is not { IsAbsoluteUri: false },
                "Telemetry:Otlp:Endpoint must be an absolute URL, such as http://localhost:4317.")
            .ValidateOnStart();
        // What to register is decided here, from the same section.
        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!options.Tracing && !options.MetricsOn)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(ServiceName));
        if (options.Tracing)
        {
            telemetry.WithTracing(tracing => ConfigureTracing(tracing, options.Otlp));
        }
        if (options.MetricsOn)
        {
            services.AddSingleton<SubscriberGauge>();
            telemetry.WithMetrics(metrics => ConfigureMetrics(metrics, options));
        }
        return services;
    }

    /// <summary>Serves <c>/metrics</c> when Prometheus is on, and starts the gauges that need the application's services.</summary>
    public static WebApplication MapTelemetry(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        if (options.MetricsOn)
        {
            app.Services.GetRequiredService<SubscriberGauge>();
        }
        if (options.Prometheus)
        {
            // What the server does and for whom is for its operators: behind the key when keys are required.
            app.MapPrometheusScrapingEndpoint(options.PrometheusPath).RequireApiKey();
        }
        return app;
    }

    private static void ConfigureTracing(TracerProviderBuilder tracing, OtlpSettings otlp)
    {
        tracing.AddSource(GraphQLTelemetry.SourceName, FollowsTelemetry.SourceName).AddAspNetCoreInstrumentation();
        if (otlp.Endpoint is { } endpoint)
        {
            tracing.AddOtlpExporter(exporter => Configure(exporter, endpoint, otlp.Protocol));
        }
    }

    private static void ConfigureMetrics(MeterProviderBuilder metrics, TelemetryOptions options)
    {
        metrics.AddMeter(GraphQLTelemetry.SourceName, FollowsTelemetry.SourceName, SubscriberGauge.MeterName)
            .AddAspNetCoreInstrumentation();
        if (options.Otlp.Endpoint is { } endpoint)
        {
            metrics.AddOtlpExporter(exporter => Configure(exporter, endpoint, options.Otlp.Protocol));
        }
        if (options.Prometheus)
        {
            metrics.AddPrometheusExporter();
        }
    }

    private static void Configure(OtlpExporterOptions exporter, Uri endpoint, OtlpExportProtocol protocol)
    {
        exporter.Endpoint = endpoint;
        exporter.Protocol = protocol;
    }
}
