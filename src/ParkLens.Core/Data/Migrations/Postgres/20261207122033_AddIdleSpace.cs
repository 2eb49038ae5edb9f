using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ParkLens.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddIdleSpace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Land_SpaceUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    SubParkId = table.Column<int>(type: "integer", nullable: true),
                    BuildingId = table.Column<int>(type: "integer", nullable: true),
                    ParcelCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FloorAreaM2 = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    VacantAreaM2 = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Floor = table.Column<int>(type: "integer", nullable: true),
                    FloorLoadKnM2 = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ClearHeightM = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    PowerKva = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    CraneTonnes = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    FireClass = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    DockDoors = table.Column<int>(type: "integer", nullable: true),
                    OwnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OwnerEnterpriseId = table.Column<int>(type: "integer", nullable: true),
                    AskingRent = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusSince = table.Column<DateOnly>(type: "date", nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    Disposal = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TenantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TenantEnterpriseId = table.Column<int>(type: "integer", nullable: true),
                    ProjectId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false),
                    Provenance_Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Land_SpaceUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Land_SpaceUnits_Investments_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Investments_Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Land_SpaceUnits_Registry_Buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "Registry_Buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Land_SpaceUnits_Registry_Enterprises_OwnerEnterpriseId",
                        column: x => x.OwnerEnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Land_SpaceUnits_Registry_Enterprises_TenantEnterpriseId",
                        column: x => x.TenantEnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Land_SpaceUnits_Registry_SubParks_SubParkId",
                        column: x => x.SubParkId,
                        principalTable: "Registry_SubParks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Land_SpaceUnits_Registry_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Registry_Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Land_Occupancy",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    SpaceUnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    OccupiedM2 = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    RentIncome = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Land_Occupancy", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Land_Occupancy_Land_SpaceUnits_SpaceUnitId",
                        column: x => x.SpaceUnitId,
                        principalTable: "Land_SpaceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Land_SpaceUnitHistory",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    SpaceUnitId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Land_SpaceUnitHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Land_SpaceUnitHistory_Land_SpaceUnits_SpaceUnitId",
                        column: x => x.SpaceUnitId,
                        principalTable: "Land_SpaceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Land_Occupancy_SpaceUnitId_Year_Month",
                table: "Land_Occupancy",
                columns: new[] { "SpaceUnitId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Land_Occupancy_ZoneId_Year_Month",
                table: "Land_Occupancy",
                columns: new[] { "ZoneId", "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_Land_SpaceUnitHistory_SpaceUnitId_On",
                table: "Land_SpaceUnitHistory",
                columns: new[] { "SpaceUnitId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_Land_SpaceUnits_BuildingId",
                table: "Land_SpaceUnits",
                column: "BuildingId");

            migrationBuilder.CreateIndex(
                name: "IX_Land_SpaceUnits_OwnerEnterpriseId",
                table: "Land_SpaceUnits",
                column: "OwnerEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Land_SpaceUnits_ProjectId",
                table: "Land_SpaceUnits",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Land_SpaceUnits_SubParkId",
                table: "Land_SpaceUnits",
                column: "SubParkId");

            migrationBuilder.CreateIndex(
                name: "IX_Land_SpaceUnits_TenantEnterpriseId",
                table: "Land_SpaceUnits",
                column: "TenantEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Land_SpaceUnits_ZoneId_Name",
                table: "Land_SpaceUnits",
                columns: new[] { "ZoneId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Land_SpaceUnits_ZoneId_Status",
                table: "Land_SpaceUnits",
                columns: new[] { "ZoneId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Land_Occupancy");

            migrationBuilder.DropTable(
                name: "Land_SpaceUnitHistory");

            migrationBuilder.DropTable(
                name: "Land_SpaceUnits");
        }
    }
}
