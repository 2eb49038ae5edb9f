using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkLens.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddParcelBoundaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Land_ParcelBoundaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ZoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParcelId = table.Column<int>(type: "INTEGER", nullable: false),
                    GeometryJson = table.Column<string>(type: "TEXT", maxLength: 2000000, nullable: false),
                    SurveyedMu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    MinLon = table.Column<double>(type: "REAL", nullable: false),
                    MinLat = table.Column<double>(type: "REAL", nullable: false),
                    MaxLon = table.Column<double>(type: "REAL", nullable: false),
                    MaxLat = table.Column<double>(type: "REAL", nullable: false),
                    SourceFile = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Land_ParcelBoundaries", x => new { x.ZoneId, x.Id });
                    table.ForeignKey(
                        name: "FK_Land_ParcelBoundaries_Registry_LandParcels_ZoneId_ParcelId",
                        columns: x => new { x.ZoneId, x.ParcelId },
                        principalTable: "Registry_LandParcels",
                        principalColumns: new[] { "ZoneId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Land_ParcelBoundaries_ZoneId_ParcelId",
                table: "Land_ParcelBoundaries",
                columns: new[] { "ZoneId", "ParcelId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Land_ParcelBoundaries");
        }
    }
}
