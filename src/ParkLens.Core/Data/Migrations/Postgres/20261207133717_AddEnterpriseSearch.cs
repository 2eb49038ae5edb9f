using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkLens.Core.Data.Migrations.Postgres
{
    /// <summary>
    /// Enterprise search: a pg_trgm GIN index on names (fragments of 3+ characters; CJK characters need a database whose
    /// LC_CTYPE classifies them as letters, e.g. C.UTF-8 or zh_CN.UTF-8), a GIN index on each name's lower-cased character
    /// bigrams (fragments of 2 characters, which trigrams cannot serve), and pattern b-tree indexes for USCC and pinyin
    /// initial prefixes whatever the database collation.
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
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            // Pages are joined by Id alone; the primary key is (ZoneId, Id).
            migrationBuilder.Sql("""CREATE INDEX "IX_Registry_Enterprises_Id" ON "Registry_Enterprises" ("Id");""");
            migrationBuilder.Sql("""
                CREATE FUNCTION registry_name_bigrams(name text) RETURNS text[]
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$ SELECT coalesce(array_agg(DISTINCT lower(substr(name, i, 2))), '{}') FROM generate_series(1, char_length(name) - 1) AS i $$;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Registry_Enterprises_Name_Trigrams" ON "Registry_Enterprises" USING gin ("Name" gin_trgm_ops);
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Registry_Enterprises_Name_Bigrams" ON "Registry_Enterprises" USING gin (registry_name_bigrams("Name"));
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Registry_Enterprises_Uscc_Pattern" ON "Registry_Enterprises" ("Uscc" bpchar_pattern_ops);
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Registry_Enterprises_NameInitials_Pattern" ON "Registry_Enterprises" ("NameInitials" text_pattern_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Registry_EnterpriseIndicators_Year";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Registry_Enterprises_Id";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Registry_Enterprises_NameInitials_Pattern";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Registry_Enterprises_Uscc_Pattern";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Registry_Enterprises_Name_Bigrams";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Registry_Enterprises_Name_Trigrams";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS registry_name_bigrams(text);");
        }
    }
}
