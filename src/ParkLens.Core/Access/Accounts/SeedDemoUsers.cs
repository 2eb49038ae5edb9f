using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.Data;

namespace ParkLens.Core.Access.Accounts;

public sealed record DemoAccount(string UserName, string Password, string Description);

/// <summary>
/// One demo account per role on the demo data (云南省, 昆明高新区 and its 东区, 沃森生物, and 玉溪高新区 as the other zone),
/// each with a generated password kept in the demo database so the login page can show it in demo mode.
/// </summary>
public sealed class SeedDemoUsersHandler(UserManager<ParkUser> users, ParkDbContext db)
{
    public async Task<IReadOnlyList<DemoAccount>> HandleAsync(CancellationToken ct)
    {
        if (await db.DemoCredentials.AnyAsync(ct))
        {
            return [];
        }
        var yunnan = await db.Authorities.Where(a => a.ProvinceCode == "53").Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        var kunming = await db.Zones.Where(z => z.ShortName == "昆明高新区").Select(z => (int?)z.Id).FirstOrDefaultAsync(ct);
        var yuxi = await db.Zones.Where(z => z.ShortName == "玉溪高新区").Select(z => (int?)z.Id).FirstOrDefaultAsync(ct);
        var eastPark = await db.SubParks.Where(s => s.ZoneId == kunming).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        var watson = await db.Enterprises.Where(e => e.Name.Contains("沃森")).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
        if (yunnan is null || kunming is null || yuxi is null || watson is null)
        {
            return [];
        }
        (string Name, string Display, AccessRole Role, ScopeKind Kind, int? Id, string Description)[] plan =
        [
            ("demo-authority", "云南省商务厅 分析员", AccessRole.AuthorityAnalyst, ScopeKind.Authority, yunnan, "主管部门分析员 · 云南省全部开发区（只读）"),
            ("demo-zone-admin", "昆明高新区 管理员", AccessRole.ZoneAdministrator, ScopeKind.Zone, kunming, "园区管理员 · 昆明高新区"),
            ("demo-investment", "昆明高新区 招商局", AccessRole.InvestmentStaff, ScopeKind.Zone, kunming, "招商局 · 昆明高新区"),
            ("demo-economy", "昆明高新区 经发局", AccessRole.EconomyStaff, ScopeKind.Zone, kunming, "经发局 · 昆明高新区（可导入企业与指标）"),
            ("demo-science", "昆明高新区 科促局", AccessRole.ScienceStaff, ScopeKind.Zone, kunming, "科促局 · 昆明高新区"),
            ("demo-service", "昆明高新区 发展服务局", AccessRole.ServiceStaff, ScopeKind.Zone, kunming, "发展服务局 · 昆明高新区"),
            ("demo-enterprise", "沃森生物 企业用户", AccessRole.EnterpriseUser, ScopeKind.Enterprise, watson, "企业用户 · 云南沃森生物技术股份有限公司"),
            ("demo-yuxi-admin", "玉溪高新区 管理员", AccessRole.ZoneAdministrator, ScopeKind.Zone, yuxi, "园区管理员 · 玉溪高新区"),
        ];
        if (eastPark is not null)
        {
            plan = [.. plan, ("demo-subpark", "昆明高新区东区 经发", AccessRole.EconomyStaff, ScopeKind.SubPark, eastPark, "经发局 · 昆明高新区东区（一个园区）")];
        }
        var accounts = new List<DemoAccount>();
        foreach (var p in plan)
        {
            var password = Passwords.Generate(12);
            var result = await users.CreateAsync(new ParkUser { UserName = p.Name, DisplayName = p.Display, Role = p.Role, ScopeKind = p.Kind, ScopeId = p.Id }, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"demo user {p.Name}: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }
            db.DemoCredentials.Add(new DemoCredential { UserName = p.Name, Password = password, Description = p.Description });
            accounts.Add(new DemoAccount(p.Name, password, p.Description));
        }
        await db.SaveChangesAsync(ct);
        return accounts;
    }

    /// <summary>The demo accounts, for the login page in demo mode.</summary>
    public async Task<IReadOnlyList<DemoAccount>> ListAsync(CancellationToken ct) =>
        await db.DemoCredentials.AsNoTracking().OrderBy(d => d.Id).Select(d => new DemoAccount(d.UserName, d.Password, d.Description)).ToListAsync(ct);
}
