using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.ChainAtlas.Domain;
using ParkLens.Core.EnterpriseTiers.Domain;
using ParkLens.Core.Investments.Domain;
using ParkLens.Core.LandEfficiency.Domain;
using ParkLens.Core.LandEfficiency.IdleSpace.Domain;
using ParkLens.Core.Registry.Domain;

namespace ParkLens.Core.Data;

/// <summary>
/// Moves an enterprise to another zone. The zone is part of every key, and a database distributed by zone cannot change a
/// row's zone in place, so the enterprise and every row about it are copied to the new zone (same ids) and deleted from
/// the old one: its figures, published facts, the parcels and buildings it owns, its tier records, chain mappings and
/// supply relations. The old zone's own records that merely named it (projects, space units, improvement plans, a chain
/// leader, a supply partner) keep the name and lose the link. Land evaluation results stay with their run.
/// Runs inside the caller's transaction.
/// </summary>
internal static class EnterpriseMove
{
    public static async Task<int> MoveAsync(ParkDbContext db, int enterpriseId, int fromZone, int toZone, int? subParkId, CancellationToken ct)
    {
        var e = Literal(enterpriseId);
        var parcels = await db.Parcels.IgnoreQueryFilters().Where(p => p.ZoneId == fromZone && p.OwnerEnterpriseId == enterpriseId).Select(p => p.Id).ToListAsync(ct);
        var buildings = await db.Buildings.IgnoreQueryFilters().Where(b => b.ZoneId == fromZone && b.OwnerEnterpriseId == enterpriseId).Select(b => b.Id).ToListAsync(ct);
        var movedParcels = In(parcels);
        var movedBuildings = In(buildings);
        var move = new Mover(db, fromZone, toZone, ct);
        ZoneVersions.Touch(db, fromZone);
        ZoneVersions.Touch(db, toZone);

        // Copy, principals before the rows that refer to them.
        var rows = await move.CopyAsync<Enterprise>($"\"Id\" = {e}", ("SubParkId", subParkId is { } s ? Literal(s) : "NULL"));
        rows += await move.CopyAsync<EnterpriseIndicator>($"\"EnterpriseId\" = {e}");
        rows += await move.CopyAsync<PublishedFact>($"\"EnterpriseId\" = {e}");
        rows += await move.CopyAsync<LandParcel>($"\"Id\" IN {movedParcels}", ("SubParkId", "NULL"));
        rows += await move.CopyAsync<Building>($"\"Id\" IN {movedBuildings}", ("ParcelId", $"CASE WHEN \"ParcelId\" IN {movedParcels} THEN \"ParcelId\" END"));
        rows += await move.CopyAsync<TierEvidence>($"\"EnterpriseId\" = {e}");
        rows += await move.CopyAsync<TierFactValue>($"\"EnterpriseId\" = {e}");
        rows += await move.CopyAsync<TierApplication>($"\"EnterpriseId\" = {e}");
        rows += await move.CopyAsync<CultivationEntry>($"\"EnterpriseId\" = {e}");
        rows += await move.CopyAsync<AssistanceRecord>($"\"EnterpriseId\" = {e}");
        rows += await move.CopyAsync<SegmentAssignment>($"\"EnterpriseId\" = {e}");
        rows += await move.CopyAsync<SupplyRelation>($"\"EnterpriseId\" = {e}", ("PartnerEnterpriseId", "NULL"));

        // Unlink what stays behind.
        await move.NullAsync<Project>("EnterpriseId", $"= {e}");
        await move.NullAsync<SpaceUnit>("OwnerEnterpriseId", $"= {e}");
        await move.NullAsync<SpaceUnit>("TenantEnterpriseId", $"= {e}");
        await move.NullAsync<SpaceUnit>("BuildingId", $"IN {movedBuildings}");
        await move.NullAsync<ImprovementPlan>("EnterpriseId", $"= {e}");
        await move.NullAsync<ImprovementPlan>("ParcelId", $"IN {movedParcels}");
        await move.NullAsync<ZoneChain>("LeaderEnterpriseId", $"= {e}");
        await move.NullAsync<SupplyRelation>("PartnerEnterpriseId", $"= {e}");
        await move.NullAsync<Building>("ParcelId", $"IN {movedParcels}");

        // Delete the old rows, dependants first.
        await move.DeleteAsync<SupplyRelation>($"\"EnterpriseId\" = {e}");
        await move.DeleteAsync<SegmentAssignment>($"\"EnterpriseId\" = {e}");
        await move.DeleteAsync<AssistanceRecord>($"\"EnterpriseId\" = {e}");
        await move.DeleteAsync<CultivationEntry>($"\"EnterpriseId\" = {e}");
        await move.DeleteAsync<TierApplication>($"\"EnterpriseId\" = {e}");
        await move.DeleteAsync<TierFactValue>($"\"EnterpriseId\" = {e}");
        await move.DeleteAsync<TierEvidence>($"\"EnterpriseId\" = {e}");
        await move.DeleteAsync<Building>($"\"Id\" IN {movedBuildings}");
        await move.DeleteAsync<LandParcel>($"\"Id\" IN {movedParcels}");
        await move.DeleteAsync<PublishedFact>($"\"EnterpriseId\" = {e}");
        await move.DeleteAsync<EnterpriseIndicator>($"\"EnterpriseId\" = {e}");
        await move.DeleteAsync<Enterprise>($"\"Id\" = {e}");
        return rows - 1;
    }

    private static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

    // "(NULL)" matches nothing, which keeps an empty list valid SQL.
    private static string In(List<int> ids) => ids.Count == 0 ? "(NULL)" : "(" + string.Join(", ", ids.Select(Literal)) + ")";

    // Statements are built from the model's table and column names and integer literals only.
    private sealed class Mover(ParkDbContext db, int fromZone, int toZone, CancellationToken ct)
    {
        private readonly string _from = Literal(fromZone);
        private readonly string _to = Literal(toZone);

        public Task<int> CopyAsync<T>(string where, params (string Column, string Value)[] overrides)
        {
            var table = Table<T>();
            var columns = db.Model.GetRelationalModel().FindTable(table, null)!.Columns.Select(c => c.Name).ToList();
            var values = columns.Select(c => c == "ZoneId" ? _to : overrides.FirstOrDefault(o => o.Column == c).Value ?? Quote(c));
            return Execute($"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) " +
                $"SELECT {string.Join(", ", values)} FROM {Quote(table)} WHERE \"ZoneId\" = {_from} AND ({where})");
        }

        public Task<int> NullAsync<T>(string column, string condition) =>
            Execute($"UPDATE {Quote(Table<T>())} SET {Quote(column)} = NULL WHERE \"ZoneId\" = {_from} AND {Quote(column)} {condition}");

        public Task<int> DeleteAsync<T>(string where) =>
            Execute($"DELETE FROM {Quote(Table<T>())} WHERE \"ZoneId\" = {_from} AND ({where})");

        private string Table<T>() => db.Model.FindEntityType(typeof(T))!.GetTableName()!;

        private static string Quote(string name) => "\"" + name + "\"";

        private Task<int> Execute(string sql) => db.Database.ExecuteSqlRawAsync(sql, ct);
    }
}
