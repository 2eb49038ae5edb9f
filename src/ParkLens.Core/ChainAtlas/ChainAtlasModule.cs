using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.ChainAtlas.Contracts;
using ParkLens.Core.ChainAtlas.CreateLead;
using ParkLens.Core.ChainAtlas.GetChainAtlas;
using ParkLens.Core.ChainAtlas.GetChainHeatmap;
using ParkLens.Core.ChainAtlas.ImportCandidates;
using ParkLens.Core.ChainAtlas.ListChainTargets;
using ParkLens.Core.ChainAtlas.MapEnterprises;
using ParkLens.Core.ChainAtlas.ReviewMapping;
using ParkLens.Core.ChainAtlas.SaveChainTemplate;
using ParkLens.Core.ChainAtlas.SeedChainDemoData;
using ParkLens.Core.ChainAtlas.SetZoneChain;

namespace ParkLens.Core.ChainAtlas;

internal static class ChainAtlasModule
{
    public static IServiceCollection AddChainAtlas(this IServiceCollection services) => services
        .AddScoped<GetChainAtlasHandler>()
        .AddScoped<GetChainHeatmapHandler>()
        .AddScoped<ListChainTargetsHandler>()
        .AddScoped<ExportChainTargetsHandler>()
        .AddScoped<MapEnterprisesHandler>()
        .AddScoped<ReviewMappingHandler>()
        .AddScoped<ListReviewQueueHandler>()
        .AddScoped<SaveChainTemplateHandler>()
        .AddScoped<ListChainTemplatesHandler>()
        .AddScoped<SetZoneChainHandler>()
        .AddScoped<SupplyRelations.RecordSupplyRelationHandler>()
        .AddScoped<SupplyRelations.ListSupplyRelationsHandler>()
        .AddScoped<CreateLeadFromTargetHandler>()
        .AddScoped<ListLeadsHandler>()
        .AddScoped<ImportCandidatesHandler>()
        .AddScoped<ListCandidatesHandler>()
        .AddScoped<SeedChainDemoDataHandler>()
        .AddScoped<IChainDirectory, ChainDirectory>();
}
