namespace GraphQlFollows.Server.Telemetry;

/// <summary>The <c>Telemetry</c> section: traces and metrics for operators, all off unless switched on.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>Records spans: each HTTP request, the engine's parse, validate and execute, and the follow graph's writes and commits.</summary>
    public bool Tracing { get; set; }

    /// <summary>Records metrics: requests, statuses per mutation, commits, the writer's queue and subscribers.</summary>
    public bool Metrics { get; set; }

    /// <summary>Serves the metrics at <see cref="PrometheusPath"/> in Prometheus's text format (switches metrics on).</summary>
    public bool Prometheus { get; set; }

    public string PrometheusPath { get; set; } = "/metrics";

    public OtlpSettings Otlp { get; set; } = new();

    public bool MetricsOn => Metrics || Prometheus;
}

/// <summary>Where to send what is recorded by OTLP; nowhere when <see cref="Endpoint"/> is not set.</summary>
public sealed class OtlpSettings
{
    /// <summary>The collector, such as <c>http://localhost:4317</c> (gRPC) or <c>http://localhost:4318</c> (HTTP).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary><c>Grpc</c> or <c>HttpProtobuf</c>.</summary>
    public OpenTelemetry.Exporter.OtlpExportProtocol Protocol { get; set; } = OpenTelemetry.Exporter.OtlpExportProtocol.Grpc;
}
