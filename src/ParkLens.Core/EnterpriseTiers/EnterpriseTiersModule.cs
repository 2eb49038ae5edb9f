using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.EnterpriseTiers.Applications;
using ParkLens.Core.EnterpriseTiers.Cultivation;
using ParkLens.Core.EnterpriseTiers.Evaluation;
using ParkLens.Core.EnterpriseTiers.Facts;
using ParkLens.Core.EnterpriseTiers.Pipeline;
using ParkLens.Core.EnterpriseTiers.SeedTierDemoData;
using ParkLens.Core.EnterpriseTiers.Targets;

namespace ParkLens.Core.EnterpriseTiers;

internal static class EnterpriseTiersModule
{
    public static IServiceCollection AddEnterpriseTiers(this IServiceCollection services) => services
        .AddScoped<GetEnterpriseTiersHandler>()
        .AddScoped<GetZoneTiersHandler>()
        .AddScoped<GetTierPipelineHandler>()
        .AddScoped<GetEvidenceHandler>()
        .AddScoped<SaveTierFactsHandler>()
        .AddScoped<SubmitApplicationHandler>()
        .AddScoped<AdvanceApplicationHandler>()
        .AddScoped<PlaceInPoolHandler>()
        .AddScoped<RecordAssistanceHandler>()
        .AddScoped<SetTierTargetHandler>()
        .AddScoped<SeedTierDemoDataHandler>();
}
