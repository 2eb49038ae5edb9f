using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ParkLens.Core.Data.Migrations.Postgres
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
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "MainProducts",
                table: "Registry_Enterprises",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ChainAtlas_Assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    ChainKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SegmentId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Confidence = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    ReasonEn = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    TemplateVersion = table.Column<int>(type: "integer", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Provenance_Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    ChainKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SegmentId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CompanyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CandidateKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Score = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Explanation = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Note = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Provenance_Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CityCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    IndustryCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    MainProducts = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ListedBoard = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    StockCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Lists = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Chains = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainAtlas_PoolCandidates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChainAtlas_SupplyRelations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    PartnerEnterpriseId = table.Column<int>(type: "integer", nullable: true),
                    PartnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PartnerSupplies = table.Column<bool>(type: "boolean", nullable: false),
                    ChainKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FromSegmentId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ToSegmentId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AnnualAmount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false),
                    Provenance_Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                        name: "FK_ChainAtlas_SupplyRelations_Registry_Enterprises_PartnerEnte~",
                        column: x => x.PartnerEnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ChainAtlas_Templates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerZoneId = table.Column<int>(type: "integer", nullable: true),
                    OwnerAuthorityId = table.Column<int>(type: "integer", nullable: true),
                    OwnerScope = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Json = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    Note = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    SavedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    ChainKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChiefName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ChiefTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LeaderEnterpriseId = table.Column<int>(type: "integer", nullable: true),
                    LeaderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Provenance_Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChainAtlas_ZoneChains", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChainAtlas_ZoneChains_Registry_Enterprises_LeaderEnterprise~",
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
