using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkLens.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Registry_Authorities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Registry_Authorities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Registry_Zones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CityCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ApprovalYear = table.Column<int>(type: "INTEGER", nullable: true),
                    ApprovedAreaHa = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    LeadingIndustries = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CatalogueCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Provenance_Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Registry_Zones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Registry_Zones_Registry_Authorities_AuthorityId",
                        column: x => x.AuthorityId,
                        principalTable: "Registry_Authorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Registry_SubParks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ZoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Provenance_Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Registry_SubParks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Registry_SubParks_Registry_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Registry_Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Registry_Enterprises",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ZoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubParkId = table.Column<int>(type: "INTEGER", nullable: true),
                    Uscc = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 18, nullable: false),
                    UsccIsPlaceholder = table.Column<bool>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameInitials = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    IndustrySection = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    FoundedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Ownership = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IsListed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Certifications = table.Column<int>(type: "INTEGER", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Provenance_Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Registry_Enterprises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Registry_Enterprises_Registry_SubParks_SubParkId",
                        column: x => x.SubParkId,
                        principalTable: "Registry_SubParks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Registry_Enterprises_Registry_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Registry_Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Registry_EnterpriseIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ZoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Revenue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    GrossOutput = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ValueAdded = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Profit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Tax = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    RdExpense = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Employees = table.Column<int>(type: "INTEGER", nullable: true),
                    RdStaff = table.Column<int>(type: "INTEGER", nullable: true),
                    EnergyTce = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    LandMu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Exports = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    InventionPatents = table.Column<int>(type: "INTEGER", nullable: true),
                    HighTechRevenue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Provenance_Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Registry_EnterpriseIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Registry_EnterpriseIndicators_Registry_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Registry_EnterpriseIndicators_Registry_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Registry_Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Registry_LandParcels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ZoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubParkId = table.Column<int>(type: "INTEGER", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AreaMu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Use = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OwnerEnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsIdle = table.Column<bool>(type: "INTEGER", nullable: false),
                    Provenance_Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Registry_LandParcels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Registry_LandParcels_Registry_Enterprises_OwnerEnterpriseId",
                        column: x => x.OwnerEnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Registry_LandParcels_Registry_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Registry_Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Registry_PublishedFacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ZoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Period = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    IsTarget = table.Column<bool>(type: "INTEGER", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Registry_PublishedFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Registry_PublishedFacts_Registry_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Registry_PublishedFacts_Registry_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Registry_Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Registry_Buildings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ZoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParcelId = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FloorAreaM2 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    VacantAreaM2 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Use = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OwnerEnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Provenance_Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Registry_Buildings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Registry_Buildings_Registry_Enterprises_OwnerEnterpriseId",
                        column: x => x.OwnerEnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Registry_Buildings_Registry_LandParcels_ParcelId",
                        column: x => x.ParcelId,
                        principalTable: "Registry_LandParcels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Registry_Buildings_Registry_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Registry_Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Registry_Authorities_Name",
                table: "Registry_Authorities",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Registry_Buildings_OwnerEnterpriseId",
                table: "Registry_Buildings",
                column: "OwnerEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Registry_Buildings_ParcelId",
                table: "Registry_Buildings",
                column: "ParcelId");

            migrationBuilder.CreateIndex(
                name: "IX_Registry_Buildings_ZoneId",
                table: "Registry_Buildings",
                column: "ZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_Registry_EnterpriseIndicators_EnterpriseId_Year",
                table: "Registry_EnterpriseIndicators",
                columns: new[] { "EnterpriseId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Registry_EnterpriseIndicators_ZoneId_Year",
                table: "Registry_EnterpriseIndicators",
                columns: new[] { "ZoneId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Registry_Enterprises_NameInitials",
                table: "Registry_Enterprises",
                column: "NameInitials");

            migrationBuilder.CreateIndex(
                name: "IX_Registry_Enterprises_SubParkId",
                table: "Registry_Enterprises",
                column: "SubParkId");

            migrationBuilder.CreateIndex(
                name: "IX_Registry_Enterprises_Uscc",
                table: "Registry_Enterprises",
                column: "Uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Registry_Enterprises_ZoneId_IndustryCode",
                table: "Registry_Enterprises",
                columns: new[] { "ZoneId", "IndustryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Registry_Enterprises_ZoneId_Name",
                table: "Registry_Enterprises",
                columns: new[] { "ZoneId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Registry_LandParcels_OwnerEnterpriseId",
                table: "Registry_LandParcels",
                column: "OwnerEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Registry_LandParcels_ZoneId_Code",
                table: "Registry_LandParcels",
                columns: new[] { "ZoneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Registry_PublishedFacts_EnterpriseId",
                table: "Registry_PublishedFacts",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Registry_PublishedFacts_ZoneId_EnterpriseId",
                table: "Registry_PublishedFacts",
                columns: new[] { "ZoneId", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Registry_SubParks_ZoneId_Name",
                table: "Registry_SubParks",
                columns: new[] { "ZoneId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Registry_Zones_AuthorityId",
                table: "Registry_Zones",
                column: "AuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_Registry_Zones_Name",
                table: "Registry_Zones",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Registry_Buildings");

            migrationBuilder.DropTable(
                name: "Registry_EnterpriseIndicators");

            migrationBuilder.DropTable(
                name: "Registry_PublishedFacts");

            migrationBuilder.DropTable(
                name: "Registry_LandParcels");

            migrationBuilder.DropTable(
                name: "Registry_Enterprises");

            migrationBuilder.DropTable(
                name: "Registry_SubParks");

            migrationBuilder.DropTable(
                name: "Registry_Zones");

            migrationBuilder.DropTable(
                name: "Registry_Authorities");
        }
    }
}
