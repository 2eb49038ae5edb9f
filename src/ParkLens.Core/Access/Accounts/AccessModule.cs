using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Access.ApiTokens;
using ParkLens.Core.Access.AuditLog;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Data;

namespace ParkLens.Core.Access.Accounts;

internal static class AccessModule
{
    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.AddScoped<ParkDbContext>(sp => sp.GetRequiredService<IDbContextFactory<ParkDbContext>>().CreateDbContext());
        services.AddIdentityCore<ParkUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<ParkDbContext>();
        return services
            .AddScoped<ScopeResolver>()
            .AddScoped<EnsureAdministratorHandler>()
            .AddScoped<SeedDemoUsersHandler>()
            .AddScoped<CreateUserHandler>()
            .AddScoped<SetUserRoleHandler>()
            .AddScoped<IssueApiTokenHandler>()
            .AddScoped<RevokeApiTokenHandler>()
            .AddScoped<ListApiTokensHandler>()
            .AddScoped<AuthenticateApiTokenHandler>()
            .AddSingleton<ApiTokenCache>()
            .AddScoped<ExchangeCredentialsHandler>()
            .AddScoped<ExportAuditEntriesHandler>()
            .AddScoped<RecordSignInHandler>()
            .AddScoped<ListAuditEntriesHandler>();
    }
}
