using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkLens.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddChainAtlas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BusinessScope",
                table: "Registry_Enterprises",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "MainProducts",
                table: "Registry_Enterprises",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ChainAtlas_Assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ZoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChainKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SegmentId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Confidence = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    ReasonEn = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    TemplateVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Provenance_Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainAtlas_Assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChainAtlas_Assignments_Registry_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChainAtlas_Leads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ZoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChainKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SegmentId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CandidateKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Provenance_Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainAtlas_Leads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChainAtlas_Leads_Registry_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Registry_Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChainAtlas_PoolCandidates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CityCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    MainProducts = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ListedBoard = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    StockCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Lists = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Chains = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainAtlas_PoolCandidates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChainAtlas_SupplyRelations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ZoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerEnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    PartnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PartnerSupplies = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChainKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromSegmentId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToSegmentId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AnnualAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Provenance_Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainAtlas_SupplyRelations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChainAtlas_SupplyRelations_Registry_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChainAtlas_SupplyRelations_Registry_Enterprises_PartnerEnterpriseId",
                        column: x => x.PartnerEnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ChainAtlas_Templates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerZoneId = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerAuthorityId = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerScope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Json = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    SavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainAtlas_Templates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChainAtlas_Templates_Registry_Zones_OwnerZoneId",
                        column: x => x.OwnerZoneId,
                        principalTable: "Registry_Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChainAtlas_ZoneChains",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ZoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChainKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChiefName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ChiefTitle = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeaderEnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    LeaderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Provenance_Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainAtlas_ZoneChains", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChainAtlas_ZoneChains_Registry_Enterprises_LeaderEnterpriseId",
                        column: x => x.LeaderEnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ChainAtlas_ZoneChains_Registry_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Registry_Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_Assignments_EnterpriseId",
                table: "ChainAtlas_Assignments",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_Assignments_ZoneId_ChainKey_SegmentId",
                table: "ChainAtlas_Assignments",
                columns: new[] { "ZoneId", "ChainKey", "SegmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_Assignments_ZoneId_EnterpriseId_ChainKey",
                table: "ChainAtlas_Assignments",
                columns: new[] { "ZoneId", "EnterpriseId", "ChainKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_Leads_ZoneId_ChainKey_CandidateKey",
                table: "ChainAtlas_Leads",
                columns: new[] { "ZoneId", "ChainKey", "CandidateKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_PoolCandidates_Name",
                table: "ChainAtlas_PoolCandidates",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_SupplyRelations_EnterpriseId",
                table: "ChainAtlas_SupplyRelations",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_SupplyRelations_PartnerEnterpriseId",
                table: "ChainAtlas_SupplyRelations",
                column: "PartnerEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_SupplyRelations_ZoneId_ChainKey",
                table: "ChainAtlas_SupplyRelations",
                columns: new[] { "ZoneId", "ChainKey" });

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_Templates_Key_OwnerScope_Version",
                table: "ChainAtlas_Templates",
                columns: new[] { "Key", "OwnerScope", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_Templates_OwnerZoneId",
                table: "ChainAtlas_Templates",
                column: "OwnerZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_ZoneChains_LeaderEnterpriseId",
                table: "ChainAtlas_ZoneChains",
                column: "LeaderEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_ZoneChains_ZoneId_ChainKey",
                table: "ChainAtlas_ZoneChains",
                columns: new[] { "ZoneId", "ChainKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChainAtlas_Assignments");

            migrationBuilder.DropTable(
                name: "ChainAtlas_Leads");

            migrationBuilder.DropTable(
                name: "ChainAtlas_PoolCandidates");

            migrationBuilder.DropTable(
                name: "ChainAtlas_SupplyRelations");

            migrationBuilder.DropTable(
                name: "ChainAtlas_Templates");

            migrationBuilder.DropTable(
                name: "ChainAtlas_ZoneChains");

            migrationBuilder.DropColumn(
                name: "BusinessScope",
                table: "Registry_Enterprises");

            migrationBuilder.DropColumn(
                name: "MainProducts",
                table: "Registry_Enterprises");
        }
    }
}
