using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ParkLens.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddEnterpriseTiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Tiers_Applications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BatchYear = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicizedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false),
                    Provenance_Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tiers_Applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tiers_Applications_Registry_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Tiers_AssistanceRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Staff = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Content = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FollowUp = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false),
                    Provenance_Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tiers_AssistanceRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tiers_AssistanceRecords_Registry_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Tiers_CultivationEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Pool = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AssignedStaff = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false),
                    Provenance_Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tiers_CultivationEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tiers_CultivationEntries_Registry_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Tiers_Evidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tiers_Evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tiers_Evidence_Registry_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Tiers_Targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Target = table.Column<int>(type: "integer", nullable: false),
                    Basis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Provenance_Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tiers_Targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tiers_Targets_Registry_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Registry_Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Tiers_FactValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    EvidenceId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Provenance_Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tiers_FactValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tiers_FactValues_Registry_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Tiers_FactValues_Tiers_Evidence_EvidenceId",
                        column: x => x.EvidenceId,
                        principalTable: "Tiers_Evidence",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_Applications_EnterpriseId",
                table: "Tiers_Applications",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_Applications_ZoneId_EnterpriseId",
                table: "Tiers_Applications",
                columns: new[] { "ZoneId", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_Applications_ZoneId_Tier_BatchYear",
                table: "Tiers_Applications",
                columns: new[] { "ZoneId", "Tier", "BatchYear" });

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_AssistanceRecords_EnterpriseId",
                table: "Tiers_AssistanceRecords",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_AssistanceRecords_ZoneId_EnterpriseId_On",
                table: "Tiers_AssistanceRecords",
                columns: new[] { "ZoneId", "EnterpriseId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_CultivationEntries_EnterpriseId",
                table: "Tiers_CultivationEntries",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_CultivationEntries_ZoneId_EnterpriseId_Tier_Year",
                table: "Tiers_CultivationEntries",
                columns: new[] { "ZoneId", "EnterpriseId", "Tier", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_CultivationEntries_ZoneId_Tier_Year",
                table: "Tiers_CultivationEntries",
                columns: new[] { "ZoneId", "Tier", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_Evidence_EnterpriseId",
                table: "Tiers_Evidence",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_Evidence_ZoneId_EnterpriseId",
                table: "Tiers_Evidence",
                columns: new[] { "ZoneId", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_FactValues_EnterpriseId",
                table: "Tiers_FactValues",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_FactValues_EvidenceId",
                table: "Tiers_FactValues",
                column: "EvidenceId");

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_FactValues_ZoneId_EnterpriseId_Year_Key",
                table: "Tiers_FactValues",
                columns: new[] { "ZoneId", "EnterpriseId", "Year", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_Targets_ZoneId_Tier_Year",
                table: "Tiers_Targets",
                columns: new[] { "ZoneId", "Tier", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Tiers_Applications");

            migrationBuilder.DropTable(
                name: "Tiers_AssistanceRecords");

            migrationBuilder.DropTable(
                name: "Tiers_CultivationEntries");

            migrationBuilder.DropTable(
                name: "Tiers_FactValues");

            migrationBuilder.DropTable(
                name: "Tiers_Targets");

            migrationBuilder.DropTable(
                name: "Tiers_Evidence");
        }
    }
}
