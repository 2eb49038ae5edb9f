using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.LandEfficiency.EvaluateLand;
using ParkLens.Core.LandEfficiency.ExportLandRun;
using ParkLens.Core.LandEfficiency.GetLandRun;
using ParkLens.Core.LandEfficiency.ImprovementPlans;
using ParkLens.Core.LandEfficiency.ListLandRuns;
using ParkLens.Core.LandEfficiency.ListLandSchemes;
using ParkLens.Core.LandEfficiency.LowEfficiencyLand;
using ParkLens.Core.LandEfficiency.ParcelMap;
using ParkLens.Core.LandEfficiency.PublishLandRun;
using ParkLens.Core.LandEfficiency.SaveLandScheme;
using ParkLens.Core.LandEfficiency.WhatIfLand;

namespace ParkLens.Core.LandEfficiency;

internal static class LandEfficiencyModule
{
    public static IServiceCollection AddLandEfficiency(this IServiceCollection services) => services
        .AddScoped<EvaluateLandHandler>()
        .AddScoped<PublishLandRunHandler>()
        .AddScoped<GetLandRunHandler>()
        .AddScoped<ListLandRunsHandler>()
        .AddScoped<WhatIfLandHandler>()
        .AddScoped<ExportLandRunHandler>()
        .AddScoped<ListLandSchemesHandler>()
        .AddScoped<SaveLandSchemeHandler>()
        .AddScoped<ListLowEfficiencyLandHandler>()
        .AddScoped<GetParcelMapHandler>()
        .AddScoped<ImportParcelBoundaries.ImportParcelBoundariesHandler>()
        .AddScoped<SaveImprovementPlanHandler>()
        .AddScoped<RecordImprovementProgressHandler>();
}
