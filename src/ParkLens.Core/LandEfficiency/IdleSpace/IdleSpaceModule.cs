using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.LandEfficiency.IdleSpace.ListSpaceUnits;
using ParkLens.Core.LandEfficiency.IdleSpace.MatchSpace;
using ParkLens.Core.LandEfficiency.IdleSpace.MoveSpaceUnit;
using ParkLens.Core.LandEfficiency.IdleSpace.RecordOccupancy;
using ParkLens.Core.LandEfficiency.IdleSpace.ReserveSpace;
using ParkLens.Core.LandEfficiency.IdleSpace.SaveSpaceUnit;
using ParkLens.Core.LandEfficiency.IdleSpace.SeedIdleSpaceDemoData;

namespace ParkLens.Core.LandEfficiency.IdleSpace;

internal static class IdleSpaceModule
{
    public static IServiceCollection AddIdleSpace(this IServiceCollection services) => services
        .AddScoped<SaveSpaceUnitHandler>()
        .AddScoped<MoveSpaceUnitHandler>()
        .AddScoped<RecordOccupancyHandler>()
        .AddScoped<ListSpaceUnitsHandler>()
        .AddScoped<MatchSpaceHandler>()
        .AddScoped<ReserveSpaceHandler>()
        .AddScoped<SeedIdleSpaceDemoDataHandler>();
}
