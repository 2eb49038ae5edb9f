using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkLens.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddImprovementPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Land_ImprovementPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ZoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParcelId = table.Column<int>(type: "INTEGER", nullable: true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TargetTaxPerMu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResponsibleUnit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Land_ImprovementPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Land_ImprovementPlans_Registry_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Land_ImprovementPlans_Registry_LandParcels_ParcelId",
                        column: x => x.ParcelId,
                        principalTable: "Registry_LandParcels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Land_ImprovementProgress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ZoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Land_ImprovementProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Land_ImprovementProgress_Land_ImprovementPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Land_ImprovementPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Land_ImprovementPlans_EnterpriseId",
                table: "Land_ImprovementPlans",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Land_ImprovementPlans_ParcelId",
                table: "Land_ImprovementPlans",
                column: "ParcelId");

            migrationBuilder.CreateIndex(
                name: "IX_Land_ImprovementPlans_ZoneId_ParcelId",
                table: "Land_ImprovementPlans",
                columns: new[] { "ZoneId", "ParcelId" });

            migrationBuilder.CreateIndex(
                name: "IX_Land_ImprovementProgress_PlanId",
                table: "Land_ImprovementProgress",
                column: "PlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Land_ImprovementProgress");

            migrationBuilder.DropTable(
                name: "Land_ImprovementPlans");
        }
    }
}
