using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ParkLens.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddLandEvaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Land_Runs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SchemeKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SchemeVersion = table.Column<int>(type: "integer", nullable: false),
                    SchemeJson = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    RunVersion = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CorrectsRunId = table.Column<int>(type: "integer", nullable: true),
                    MethodCardJson = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    Scored = table.Column<int>(type: "integer", nullable: false),
                    Incomplete = table.Column<int>(type: "integer", nullable: false),
                    Excluded = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Land_Runs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Land_Runs_Registry_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Registry_Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Land_Results",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Population = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Total = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Rank = table.Column<int>(type: "integer", nullable: true),
                    PopulationSize = table.Column<int>(type: "integer", nullable: true),
                    RankInIndustry = table.Column<int>(type: "integer", nullable: true),
                    Class = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    PreviousClass = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    PreviousTotal = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ItemsJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Missing = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReasonKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Detail = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Land_Results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Land_Results_Land_Runs_RunId",
                        column: x => x.RunId,
                        principalTable: "Land_Runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Land_Results_Registry_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Land_Results_EnterpriseId",
                table: "Land_Results",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Land_Results_RunId_EnterpriseId",
                table: "Land_Results",
                columns: new[] { "RunId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Land_Results_ZoneId_EnterpriseId",
                table: "Land_Results",
                columns: new[] { "ZoneId", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Land_Runs_ZoneId_Year_SchemeKey_RunVersion",
                table: "Land_Runs",
                columns: new[] { "ZoneId", "Year", "SchemeKey", "RunVersion" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Land_Results");

            migrationBuilder.DropTable(
                name: "Land_Runs");
        }
    }
}
