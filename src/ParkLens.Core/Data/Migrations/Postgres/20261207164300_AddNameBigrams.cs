using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkLens.Core.Data.Migrations.Postgres
{
    /// <summary>
    /// Postings of every character pair of every enterprise name with the name itself, kept by triggers, so that a
    /// 2-character fragment is one range of one b-tree (per zone inside it) from which a page is ranked by an index-only
    /// scan (EnterpriseSearch). They replace the GIN index of name bigrams, which found the hits but could neither count
    /// nor order them without reading every hit's row. Inserts and deletes are handled per statement (a COPY or a bulk
    /// delete writes the postings in one set), renames and zone changes per row.
    /// </summary>
    public partial class AddNameBigrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Registry_EnterpriseNameBigrams",
                columns: table => new
                {
                    Bigram = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false, collation: "C"),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Registry_EnterpriseNameBigrams", x => new { x.Bigram, x.ZoneId, x.Name, x.EnterpriseId });
                });
            // ASCII letters only are folded, as on SQLite and in the application.
            migrationBuilder.Sql("""
                CREATE FUNCTION registry_search_bigrams(name text) RETURNS SETOF text
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$ SELECT DISTINCT translate(substr(name, i, 2), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
                      FROM generate_series(1, char_length(name) - 1) AS i $$;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "Registry_EnterpriseNameBigrams" ("Bigram", "ZoneId", "Name", "EnterpriseId")
                SELECT b, e."ZoneId", e."Name", e."Id" FROM "Registry_Enterprises" e CROSS JOIN LATERAL registry_search_bigrams(e."Name") AS b;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION registry_enterprises_bigrams_insert() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "Registry_EnterpriseNameBigrams" ("Bigram", "ZoneId", "Name", "EnterpriseId")
                    SELECT b, n."ZoneId", n."Name", n."Id" FROM added n CROSS JOIN LATERAL registry_search_bigrams(n."Name") AS b
                    ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION registry_enterprises_bigrams_delete() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM "Registry_EnterpriseNameBigrams" g
                    USING removed o CROSS JOIN LATERAL registry_search_bigrams(o."Name") AS b
                    WHERE g."Bigram" = b AND g."ZoneId" = o."ZoneId" AND g."Name" = o."Name" AND g."EnterpriseId" = o."Id";
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION registry_enterprises_bigrams_update() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM "Registry_EnterpriseNameBigrams"
                    WHERE "Bigram" IN (SELECT registry_search_bigrams(OLD."Name")) AND "ZoneId" = OLD."ZoneId" AND "Name" = OLD."Name" AND "EnterpriseId" = OLD."Id";
                    INSERT INTO "Registry_EnterpriseNameBigrams" ("Bigram", "ZoneId", "Name", "EnterpriseId")
                    SELECT b, NEW."ZoneId", NEW."Name", NEW."Id" FROM registry_search_bigrams(NEW."Name") AS b
                    ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Registry_Enterprises_Bigrams_Insert" AFTER INSERT ON "Registry_Enterprises"
                REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION registry_enterprises_bigrams_insert();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Registry_Enterprises_Bigrams_Delete" AFTER DELETE ON "Registry_Enterprises"
                REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION registry_enterprises_bigrams_delete();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Registry_Enterprises_Bigrams_Update" AFTER UPDATE OF "Id", "ZoneId", "Name" ON "Registry_Enterprises"
                FOR EACH ROW WHEN (OLD."Id" <> NEW."Id" OR OLD."ZoneId" <> NEW."ZoneId" OR OLD."Name" <> NEW."Name")
                EXECUTE FUNCTION registry_enterprises_bigrams_update();
                """);
            migrationBuilder.Sql("""ANALYZE "Registry_EnterpriseNameBigrams";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Registry_Enterprises_Name_Bigrams";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS registry_name_bigrams(text);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Registry_Enterprises_Bigrams_Update" ON "Registry_Enterprises";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Registry_Enterprises_Bigrams_Delete" ON "Registry_Enterprises";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Registry_Enterprises_Bigrams_Insert" ON "Registry_Enterprises";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS registry_enterprises_bigrams_update();");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS registry_enterprises_bigrams_delete();");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS registry_enterprises_bigrams_insert();");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS registry_search_bigrams(text);");
            migrationBuilder.DropTable(
                name: "Registry_EnterpriseNameBigrams");
            migrationBuilder.Sql("""
                CREATE FUNCTION registry_name_bigrams(name text) RETURNS text[]
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$ SELECT coalesce(array_agg(DISTINCT lower(substr(name, i, 2))), '{}') FROM generate_series(1, char_length(name) - 1) AS i $$;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Registry_Enterprises_Name_Bigrams" ON "Registry_Enterprises" USING gin (registry_name_bigrams("Name"));
                """);
        }
    }
}
