using ParkLens.Core.Common.Tabular;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ParkLens.Core.Registry.Contracts;
using ParkLens.Core.Registry.Domain;
using ParkLens.Core.Registry.ExportEnterprises;
using ParkLens.Core.Registry.GetEnterprise;
using ParkLens.Core.Registry.GetZone;
using ParkLens.Core.Registry.GetZoneDashboard;
using ParkLens.Core.Registry.ImportRegistryFile;
using ParkLens.Core.Registry.ListEnterprises;
using ParkLens.Core.Registry.ListLandAndBuildings;
using ParkLens.Core.Registry.ListZones;

namespace ParkLens.Web.Registry;

internal static class RegistryEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapRegistryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Registry").RequireAuthorization(Access.Policies.Read);

        api.MapGet("/zones", async (ListZonesHandler handler, CancellationToken ct) =>
            TypedResults.Ok((await handler.HandleAsync(ct)).SelectMany(a => a.Zones).ToArray()))
            .WithName("Registry.ListZones").WithSummary("Zones the caller may see, with sub-parks and enterprise counts");

        api.MapGet("/zones/{id:int}", async Task<Results<Ok<ZoneDetails>, NotFound>> (int id, GetZoneHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, ct) is { } zone ? TypedResults.Ok(zone) : TypedResults.NotFound())
            .WithName("Registry.GetZone");

        api.MapGet("/zones/{id:int}/dashboard", async Task<Results<Ok<ZoneDashboard>, NotFound>> (int id, int? year, GetZoneDashboardHandler handler, CancellationToken ct) =>
            await handler.HandleVisibleZoneAsync(id, year, ct) is { } dashboard ? TypedResults.Ok(dashboard) : TypedResults.NotFound())
            .WithName("Registry.GetZoneDashboard");

        api.MapGet("/zones/{id:int}/land", async Task<Results<Ok<LandSummary>, NotFound>> (int id, ListLandAndBuildingsHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(id, ct) is { } land ? TypedResults.Ok(land) : TypedResults.NotFound())
            .WithName("Registry.ListLandAndBuildings").WithSummary("Parcels and buildings of a zone with floor area and vacancy");

        api.MapGet("/dashboard", async (int? year, GetZoneDashboardHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(null, year, ct)))
            .WithName("Registry.GetDashboard").WithSummary("Totals over every zone the caller may see");

        api.MapGet("/enterprises", async ([AsParameters] EnterpriseFilter filter, ListEnterprisesHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(filter.ToQuery(), ct)))
            .WithName("Registry.ListEnterprises").WithSummary("Search by name fragment, USCC prefix or pinyin initials (q), with filters, sorting and paging");

        api.MapGet("/enterprises/export", async ([AsParameters] EnterpriseFilter filter, ExportEnterprisesHandler handler, CancellationToken ct) =>
        {
            var buffer = new MemoryStream();
            await handler.HandleAsync(filter.ToQuery(), buffer, ct);
            return TypedResults.File(buffer.ToArray(), XlsxType, $"parklens-enterprises-{DateTime.UtcNow:yyyyMMdd}.xlsx");
        }).WithName("Registry.ExportEnterprises");

        api.MapGet("/enterprises/{uscc}", async Task<Results<Ok<EnterpriseDetails>, NotFound>> (string uscc, GetEnterpriseHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(uscc, ct) is { } enterprise ? TypedResults.Ok(enterprise) : TypedResults.NotFound())
            .WithName("Registry.GetEnterprise");

        api.MapGet("/templates/{kind}", (ImportKind kind, FileFormat? format) =>
        {
            var f = format ?? FileFormat.Xlsx;
            var buffer = new MemoryStream();
            ImportTemplates.Write(kind, f, buffer);
            return TypedResults.File(buffer.ToArray(), f == FileFormat.Xlsx ? XlsxType : "text/csv; charset=utf-8", ImportTemplates.FileName(kind, f));
        }).WithName("Registry.GetImportTemplate");

        api.MapPost("/imports/{kind}", async Task<Results<Ok<ImportResult>, UnprocessableEntity<ImportResult>, BadRequest<ProblemDetails>, ForbidHttpResult>> (
            ImportKind kind, IFormFile? file, ImportRegistryFileHandler handler, CancellationToken ct) =>
        {
            if (file is null || file.Length == 0)
            {
                return TypedResults.BadRequest(new ProblemDetails { Title = "No file", Detail = "Send the CSV or XLSX file as multipart form field 'file'.", Status = 400 });
            }
            await using var stream = file.OpenReadStream();
            var result = await handler.HandleAsync(kind, stream, file.FileName, null, ct);
            if (result.NotPermitted)
            {
                return TypedResults.Forbid();
            }
            return result.Succeeded ? TypedResults.Ok(result) : TypedResults.UnprocessableEntity(result);
        })
          // Antiforgery is off because API writes accept only bearer tokens, which a browser never sends on its own.
          .DisableAntiforgery()
          .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute(Access.Policies.Import) { AuthenticationSchemes = Access.ApiTokenAuthenticationHandler.SchemeName })
          .WithName("Registry.Import")
          .WithSummary("Validates every row; a file with any error writes nothing and answers 422 with every problem as row, column and rule");
    }
}

internal sealed record EnterpriseFilter(
    int? Zone, int? SubPark, string? Q, string? Industry, Ownership? Ownership, Certifications? Certification, bool? Listed,
    bool? Synthetic, int? Year, EnterpriseSort? Sort, bool? Desc, int? Page, int? PageSize)
{
    public ListEnterprisesQuery ToQuery() => new()
    {
        ZoneId = Zone, SubParkId = SubPark, Q = Q, Industry = Industry, Ownership = Ownership, Certification = Certification,
        Listed = Listed, Synthetic = Synthetic, Year = Year, Sort = Sort ?? EnterpriseSort.Name, Descending = Desc ?? false,
        Page = Page ?? 1, PageSize = PageSize ?? 20,
    };
}
