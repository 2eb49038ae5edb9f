using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkLens.Core.Data.Migrations.Sqlite
{
    /// <summary>
    /// Enterprise-name search: an FTS5 trigram table of names kept in step with the registry by triggers, and a vocabulary
    /// view of its trigrams. Each name is indexed with two U+0001 sentinels appended so that every 1- or 2-character
    /// fragment of a name begins some trigram: short fragments are found through the vocabulary (trigrams with that prefix).
    /// </summary>
    public partial class AddEnterpriseSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The latest year with figures in scope, read from the top of this index (ListEnterprisesHandler.LatestYearAsync).
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Registry_EnterpriseIndicators_Year" ON "Registry_EnterpriseIndicators" ("Year");
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "Registry_EnterpriseSearch" USING fts5("Name", tokenize = 'trigram');
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "Registry_EnterpriseSearchTerms" USING fts5vocab("Registry_EnterpriseSearch", 'row');
                """);
            migrationBuilder.Sql("""
                INSERT INTO "Registry_EnterpriseSearch"(rowid, "Name") SELECT "Id", "Name" || char(1, 1) FROM "Registry_Enterprises";
                """);
            // The search table is keyed by Id alone; the primary key is (ZoneId, Id), so lookups by Id need their own index.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Registry_Enterprises_Id" ON "Registry_Enterprises" ("Id");
                """);
            // An enterprise that moves zone is copied (same Id, new zone) and then deleted from the old one: the insert
            // replaces the search row, and the delete removes it only when no row of that Id is left.
            migrationBuilder.Sql("""
                CREATE TRIGGER "Registry_Enterprises_Search_Insert" AFTER INSERT ON "Registry_Enterprises" BEGIN
                    DELETE FROM "Registry_EnterpriseSearch" WHERE rowid = new."Id";
                    INSERT INTO "Registry_EnterpriseSearch"(rowid, "Name") VALUES (new."Id", new."Name" || char(1, 1));
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Registry_Enterprises_Search_Delete" AFTER DELETE ON "Registry_Enterprises"
                WHEN NOT EXISTS (SELECT 1 FROM "Registry_Enterprises" WHERE "Id" = old."Id") BEGIN
                    DELETE FROM "Registry_EnterpriseSearch" WHERE rowid = old."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Registry_Enterprises_Search_Update" AFTER UPDATE OF "Id", "Name" ON "Registry_Enterprises" BEGIN
                    DELETE FROM "Registry_EnterpriseSearch" WHERE rowid = old."Id";
                    INSERT INTO "Registry_EnterpriseSearch"(rowid, "Name") VALUES (new."Id", new."Name" || char(1, 1));
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Registry_EnterpriseIndicators_Year";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Registry_Enterprises_Search_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Registry_Enterprises_Search_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Registry_Enterprises_Search_Insert";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Registry_Enterprises_Id";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "Registry_EnterpriseSearchTerms";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "Registry_EnterpriseSearch";""");
        }
    }
}
