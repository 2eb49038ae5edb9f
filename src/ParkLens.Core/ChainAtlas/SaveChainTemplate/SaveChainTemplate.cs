using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.ChainAtlas.Domain;
using ParkLens.Core.ChainAtlas.MapEnterprises;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.SaveChainTemplate;

/// <summary>Saves a new version of a chain; <see cref="ExpectedKey"/> (from a URL) must be the key the JSON names.</summary>
public sealed record SaveChainTemplateCommand(string Json, int? OwnerZoneId, string? Note, string? ExpectedKey = null);

public sealed record SaveChainTemplateResult(int? Version, IReadOnlyList<Problem> Problems, MapEnterprisesResult? Remapped)
{
    public bool Succeeded => Problems.Count == 0;

    public bool Forbidden => Problems.Any(p => p.Rule == Problem.NotPermitted);
}

/// <summary>
/// Checks the template (every problem named by its JSON path), stores it as the next version (audited with the whole
/// text) and re-maps the enterprises of the zones it applies to, keeping people's decisions whose segment still exists.
/// </summary>
public sealed class SaveChainTemplateHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, IEnterpriseDirectory directory, MapEnterprisesHandler mapper, TimeProvider clock)
{
    public static readonly ProblemRule NotPermittedShared = new(Problem.NotPermitted, "只有主管部门可以修改共用的产业链模板", "only the authority edits the shared chain templates");
    public static readonly ProblemRule KeyMismatch = new("chain-key-mismatch", "模板的 key 是 {0}，与要保存的产业链 {1} 不一致", "the template's key is {0}, not the chain being saved ({1})");
    public static readonly ProblemRule NoSingleAuthority = new("chain-authority", "您的权限范围跨多个主管部门，无法确定修订适用于哪一个", "your scope spans several authorities; the edit would have no single owner");
    public static readonly ProblemRule NotShared = new("chain-not-shared", "{0} 不是共用产业链；新的产业链请作为开发区自建产业链保存", "{0} is not a shared chain; save a new chain as a zone's own");
    public static readonly ProblemRule TooLong = new("chain-too-long", "太长（说明不超过 400 字，模板不超过 20 万字）", "too long (note 400 characters, template 200,000)");
    public static readonly ProblemRule KeyTaken = new("chain-key-taken", "产业链代码 {0} 已被共用模板使用，请换一个", "chain key {0} is a shared template's; choose another");

    public async Task<SaveChainTemplateResult> HandleAsync(SaveChainTemplateCommand command, CancellationToken ct)
    {
        var allowed = command.OwnerZoneId is null ? WritePermissions.CanEditSharedChains(actor.Role) : ChainWriters.CanManage(actor);
        if (!allowed)
        {
            return new(null, [(command.OwnerZoneId is null ? NotPermittedShared : MapEnterprisesHandler.NotPermitted).For("role")], null);
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var zones = await directory.ZonesAsync(db, ct);
        if (command.OwnerZoneId is { } zoneId && zones.All(z => z.Id != zoneId))
        {
            return new(null, [MapEnterprisesHandler.NoZone.For("ownerZoneId", zoneId)], null);
        }
        // A shared chain edited by an authority applies to its own zones only; only the unrestricted (national) caller edits it for all.
        var authorityId = command.OwnerZoneId is null && !actor.Scope.Unrestricted ? ChainCatalog.AuthorityOf(zones) : null;
        if (command.OwnerZoneId is null && !actor.Scope.Unrestricted && authorityId is null)
        {
            return new(null, [NoSingleAuthority.For("role")], null);
        }
        var (template, problems) = ChainTemplateReader.Read(command.Json ?? "", ReferenceCodes.IsIndustry, command.OwnerZoneId);
        if (template is null)
        {
            return new(null, problems, null);
        }
        if (command.ExpectedKey is { } expected && expected != template.Key)
        {
            return new(null, [KeyMismatch.For("$.key", template.Key, expected)], null);
        }
        if (command.OwnerZoneId is not null && BuiltInChains.Find(template.Key) is not null)
        {
            return new(null, [KeyTaken.For("$.key", template.Key)], null);
        }
        if (command.OwnerZoneId is null && BuiltInChains.Find(template.Key) is null)
        {
            return new(null, [NotShared.For("$.key", template.Key)], null);
        }
        if (command.Note?.Trim().Length > 400 || command.Json!.Length > 200_000)
        {
            return new(null, [TooLong.For(command.Note?.Trim().Length > 400 ? "note" : "json")], null);
        }
        // Versions rise across the national and the owner's saves; a national save numbers above every authority's, so
        // the highest version in force is always the newest text a zone should see.
        var scope = ChainTemplateRecord.ScopeOf(authorityId, command.OwnerZoneId);
        var last = await db.ChainTemplates.IgnoreQueryFilters()
            .Where(t => t.Key == template.Key && (t.OwnerScope == scope || t.OwnerScope == "n" || (scope == "n" && t.OwnerZoneId == null)))
            .MaxAsync(t => (int?)t.Version, ct);
        var version = Math.Max(last ?? 0, BuiltInChains.Find(template.Key)?.Version ?? 0) + 1;
        db.ChainTemplates.Add(new ChainTemplateRecord
        {
            Key = template.Key, Version = version, OwnerZoneId = command.OwnerZoneId, OwnerAuthorityId = authorityId, OwnerScope = scope, Json = command.Json!, Note = command.Note?.Trim(),
            SavedAtUtc = clock.GetUtcNow().UtcDateTime, SavedBy = actor.Name,
        });
        await db.SaveChangesAsync(ct);
        var remapped = await mapper.HandleAsync(new MapEnterprisesCommand(command.OwnerZoneId, template.Key), ct);
        return new(version, [], remapped);
    }
}
