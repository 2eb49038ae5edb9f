using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Access.Accounts;
using ParkLens.Core.ChainAtlas;
using ParkLens.Core.Data;
using ParkLens.Core.EnterpriseTiers;
using ParkLens.Core.Investments;
using ParkLens.Core.LandEfficiency;
using ParkLens.Core.LandEfficiency.IdleSpace;
using ParkLens.Core.Registry;

namespace ParkLens.Core;

public static class CoreModule
{
    /// <summary>Registers the database and every module's use cases. The host registers <see cref="Common.ICurrentActor"/>.</summary>
    public static IServiceCollection AddParkCore(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Common.ResultCache>();
        services.AddScoped<IDbContextFactory<ParkDbContext>, ParkDbContextFactory>();
        services.AddRegistry();
        services.AddAccess();
        services.AddEnterpriseTiers();
        services.AddChainAtlas();
        services.AddInvestments();
        services.AddLandEfficiency();
        services.AddIdleSpace();
        return services;
    }
}
