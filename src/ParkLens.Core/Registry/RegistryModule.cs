using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Registry.ExportEnterprises;
using ParkLens.Core.Registry.GetEnterprise;
using ParkLens.Core.Registry.GetZone;
using ParkLens.Core.Registry.GetZoneDashboard;
using ParkLens.Core.Registry.ImportRegistryFile;
using ParkLens.Core.Registry.ListEnterprises;
using ParkLens.Core.Registry.ListLandAndBuildings;
using ParkLens.Core.Registry.ListZones;
using ParkLens.Core.Registry.SeedDemoData;

namespace ParkLens.Core.Registry;

internal static class RegistryModule
{
    public static IServiceCollection AddRegistry(this IServiceCollection services) => services
        .AddScoped<ListZonesHandler>()
        .AddScoped<ListLandAndBuildingsHandler>()
        .AddScoped<GetZoneHandler>()
        .AddScoped<ListEnterprisesHandler>()
        .AddSingleton<LatestFigureYears>()
        .AddSingleton(new EnterpriseSearchOptions())
        .AddScoped<GetEnterpriseHandler>()
        .AddScoped<GetZoneDashboardHandler>()
        .AddScoped<ImportRegistryFileHandler>()
        .AddScoped<ExportEnterprisesHandler>()
        .AddScoped<SeedDemoDataHandler>()
        .AddSingleton<Contracts.IEnterpriseFigures, Contracts.EnterpriseFigures>()
        .AddSingleton<Contracts.IEnterpriseDirectory, Contracts.EnterpriseDirectory>();
}
