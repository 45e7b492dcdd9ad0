using System.Text.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using GraphQlFollows.GraphQL.AspNetCore;
using GraphQlFollows.GraphQL.AspNetCore.Http;

namespace GraphQlFollows.Server.Sandbox;

/// <summary>
/// The sandbox at <c>/sandbox</c>: a page where a person with a browser wallet authorises a signing key, claims a
/// handle, follows and unfollows, and watches a profile's followers live. The build copies its files, and ethers
/// from the npm package pinned in package-lock.json, into <c>sandbox/</c> of the output. <c>Sandbox:Enabled</c>
/// (on by default) turns it off.
/// </summary>
internal static class SandboxPage
{
    public const string Path = "/sandbox";

    // The page's own script, styles and ethers, and requests (GraphQL over HTTP and WebSocket) to this server alone.
    private const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

    public static WebApplication MapSandbox(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Sandbox:Enabled", true))
        {
            return app;
        }
        var directory = System.IO.Path.Combine(AppContext.BaseDirectory, "sandbox");
        var index = File.ReadAllBytes(System.IO.Path.Combine(directory, "index.html"));
        var endpoint = app.Services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.Path;
        var config = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["endpoint"] = endpoint });

        // The page loads its files relatively, so /sandbox sends the browser to /sandbox/ (one route matches both).
        app.MapGet(Path, (HttpContext context) =>
        {
            if (!context.Request.Path.Value!.EndsWith('/'))
            {
                return Results.Redirect(Path + "/");
            }

            PageSecurityHeaders.AddToPage(context.Response, ContentSecurityPolicy);
            return Results.Bytes(index, "text/html; charset=utf-8");
        });
        app.MapGet(Path + "/config.json", (HttpContext context) =>
        {
            PageSecurityHeaders.AddToFile(context.Response);
            return Results.Bytes(config, "application/json");
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(directory),
            RequestPath = Path,
            OnPrepareResponse = file => PageSecurityHeaders.AddToFile(file.Context.Response),
        });
        return app;
    }
}
