using System.Globalization;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;
using ParkLens.Core;
using ParkLens.Core.Data;
using ParkLens.Web.Access;
using ParkLens.Web.ChainAtlas;
using ParkLens.Web.Components;
using ParkLens.Web.Components.Shared;
using ParkLens.Web.EnterpriseTiers;
using ParkLens.Web.Investments;
using ParkLens.Web.LandEfficiency;
using ParkLens.Web.Registry;

namespace ParkLens.Web;

internal static class WebApp
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var settings = DatabaseSettings.Parse(builder.Configuration["PARKLENS_DB"] ?? Environment.GetEnvironmentVariable(DatabaseSettings.EnvironmentVariable));
        builder.Services.AddParkCore(settings);
        if (int.TryParse(builder.Configuration["PARKLENS_SEARCH_COUNT_LIMIT"], out var countLimit) && countLimit > 0)
        {
            builder.Services.AddSingleton(new ParkLens.Core.Registry.ListEnterprises.EnterpriseSearchOptions { CountLimit = countLimit });
        }
        builder.AddParkAccess();
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddTransient<MudBlazor.MudLocalizer, ChineseMudLocalizer>();
        // Errors never carry stack traces, SQL or exception types to the caller, in any environment.
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions.Remove("exception");
            if (c.ProblemDetails.Status >= 500)
            {
                c.ProblemDetails.Detail = null;
                c.ProblemDetails.Title = "An error occurred; it has been logged.";
            }
        });
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddOpenApi("v1");
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddHostedService<DatabaseStartup>();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseSecurityHeaders();
        app.UseStatusCodePages();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("zh-CN"),
            SupportedCultures = Cultures,
            SupportedUICultures = Cultures,
            RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()],
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseActorPreparation();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").RequireAuthorization(Policies.Read);
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapCultureEndpoint();
        app.MapAccessEndpoints();
        app.MapRegistryApi();
        app.MapTiersApi();
        app.MapChainsApi();
        app.MapProjectsApi();
        app.MapLandApi();
        app.MapLandPlanApi();
        app.MapIdleSpaceApi();
        app.MapParcelMapApi();
        // Our own Content-Security-Policy already sets frame-ancestors 'none'; Blazor's weaker default would be a second header.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }

    private static void MapCultureEndpoint(this WebApplication app) =>
        app.MapGet("/culture/{culture}", (string culture, string? redirectUri, HttpContext http) =>
        {
            var chosen = Cultures.FirstOrDefault(c => c.Name == culture) ?? Cultures[0];
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
            return Results.LocalRedirect(Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult.IsLocalUrl(redirectUri) ? redirectUri! : "/");
        }).ExcludeFromDescription().AllowAnonymous();
}
