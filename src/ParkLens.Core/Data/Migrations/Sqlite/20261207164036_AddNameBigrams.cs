using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkLens.Core.Data.Migrations.Sqlite
{
    /// <summary>
    /// Postings of every character pair of every enterprise name with the name itself, kept by triggers, so that a
    /// 2-character fragment is one range of one index (per zone inside it) from which a page is ranked without reading the
    /// enterprises (EnterpriseSearch). The FTS5 trigram table stays for 1 and 3+ characters.
    /// </summary>
    public partial class AddNameBigrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // WITHOUT ROWID: the table is its own (bigram, zone, name, id) index, so each posting is stored once.
            migrationBuilder.Sql("""
                CREATE TABLE "Registry_EnterpriseNameBigrams" (
                    "Bigram" TEXT NOT NULL,
                    "ZoneId" INTEGER NOT NULL,
                    "Name" TEXT NOT NULL,
                    "EnterpriseId" INTEGER NOT NULL,
                    CONSTRAINT "PK_Registry_EnterpriseNameBigrams" PRIMARY KEY ("Bigram", "ZoneId", "Name", "EnterpriseId")
                ) WITHOUT ROWID;
                """);
            migrationBuilder.Sql("""
                INSERT OR IGNORE INTO "Registry_EnterpriseNameBigrams" ("Bigram", "ZoneId", "Name", "EnterpriseId")
                WITH RECURSIVE "Positions"("At") AS (SELECT 1 UNION ALL SELECT "At" + 1 FROM "Positions" WHERE "At" < 200)
                SELECT lower(substr(e."Name", p."At", 2)), e."ZoneId", e."Name", e."Id"
                FROM "Registry_Enterprises" e JOIN "Positions" p ON p."At" < length(e."Name");
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "Registry_Enterprises_Bigrams_Insert" AFTER INSERT ON "Registry_Enterprises" BEGIN
                    {Insert("new")}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "Registry_Enterprises_Bigrams_Delete" AFTER DELETE ON "Registry_Enterprises" BEGIN
                    {Delete("old")}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "Registry_Enterprises_Bigrams_Update" AFTER UPDATE OF "Id", "ZoneId", "Name" ON "Registry_Enterprises"
                WHEN old."Id" <> new."Id" OR old."ZoneId" <> new."ZoneId" OR old."Name" IS NOT new."Name" BEGIN
                    {Delete("old")}
                    {Insert("new")}
                END;
                """);
        }

        // The name's character pairs, ASCII letters lower-cased (SQLite's lower() without ICU folds ASCII only, as the
        // application folds the query). A name repeating a pair yields it once.
        private static string Insert(string row) => $"""
            INSERT OR IGNORE INTO "Registry_EnterpriseNameBigrams" ("Bigram", "ZoneId", "Name", "EnterpriseId")
                    WITH RECURSIVE "Positions"("At") AS (SELECT 1 UNION ALL SELECT "At" + 1 FROM "Positions" WHERE "At" < length({row}."Name") - 1)
                    SELECT lower(substr({row}."Name", "At", 2)), {row}."ZoneId", {row}."Name", {row}."Id" FROM "Positions" WHERE "At" < length({row}."Name");
            """;

        private static string Delete(string row) => $"""
            DELETE FROM "Registry_EnterpriseNameBigrams" WHERE "ZoneId" = {row}."ZoneId" AND "Name" = {row}."Name" AND "EnterpriseId" = {row}."Id"
                        AND "Bigram" IN (
                            WITH RECURSIVE "Positions"("At") AS (SELECT 1 UNION ALL SELECT "At" + 1 FROM "Positions" WHERE "At" < length({row}."Name") - 1)
                            SELECT lower(substr({row}."Name", "At", 2)) FROM "Positions" WHERE "At" < length({row}."Name"));
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Registry_Enterprises_Bigrams_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Registry_Enterprises_Bigrams_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Registry_Enterprises_Bigrams_Insert";""");
            migrationBuilder.DropTable(
                name: "Registry_EnterpriseNameBigrams");
        }
    }
}
