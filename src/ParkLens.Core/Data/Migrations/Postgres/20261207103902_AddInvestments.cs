using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ParkLens.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddInvestments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Investments_GroupStarts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AnnouncedTotalInvestment = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    AnnouncedYearPlan = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    AnnouncedProjectCount = table.Column<int>(type: "integer", nullable: true),
                    Source = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    Provenance_Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Investments_GroupStarts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Investments_GroupStarts_Registry_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Registry_Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Investments_Projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    SubParkId = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InvestorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: true),
                    ChainKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SegmentId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TotalInvestment = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    FixedAssetInvestment = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ForeignInvestment = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ForeignCurrency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    LandNeedMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    FloorSpaceNeedM2 = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ExpectedAnnualOutput = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ExpectedAnnualTax = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ExpectedJobs = table.Column<int>(type: "integer", nullable: true),
                    LeadOfficial = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Commissioner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Department = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Route = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Stage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SuspendedFrom = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    StageSince = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LastProgressOn = table.Column<DateOnly>(type: "date", nullable: false),
                    GroupStartId = table.Column<int>(type: "integer", nullable: true),
                    OriginRef = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false),
                    Provenance_Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Investments_Projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Investments_Projects_Investments_GroupStarts_GroupStartId",
                        column: x => x.GroupStartId,
                        principalTable: "Investments_GroupStarts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Investments_Projects_Registry_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Investments_Projects_Registry_SubParks_SubParkId",
                        column: x => x.SubParkId,
                        principalTable: "Registry_SubParks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Investments_Projects_Registry_Zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "Registry_Zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Investments_Agreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CommittedInvestment = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    LandMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    InvestmentIntensity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    StartBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ProductionBy = table.Column<DateOnly>(type: "date", nullable: true),
                    FullOutputBy = table.Column<DateOnly>(type: "date", nullable: true),
                    AnnualOutput = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    AnnualTax = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    TaxPerMu = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    OutputFromYear = table.Column<int>(type: "integer", nullable: true),
                    IdleLandMonths = table.Column<int>(type: "integer", nullable: true),
                    Remedies = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Document = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Provenance_Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Provenance_SourceRef = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Provenance_UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Provenance_UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Investments_Agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Investments_Agreements_Investments_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Investments_Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Investments_Checklist",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    Item = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Investments_Checklist", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Investments_Checklist_Investments_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Investments_Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Investments_ListEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    ListName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Investments_ListEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Investments_ListEntries_Investments_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Investments_Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Investments_Milestones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ActualOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Investments_Milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Investments_Milestones_Investments_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Investments_Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Investments_MonthlyInvestments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Completed = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Investments_MonthlyInvestments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Investments_MonthlyInvestments_Investments_Projects_Project~",
                        column: x => x.ProjectId,
                        principalTable: "Investments_Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Investments_SiteReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Reviewer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Score = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Investments_SiteReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Investments_SiteReviews_Investments_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Investments_Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Investments_StageChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Document = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Investments_StageChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Investments_StageChanges_Investments_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Investments_Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Investments_YearPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Planned = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Investments_YearPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Investments_YearPlans_Investments_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Investments_Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Investments_Agreements_ProjectId",
                table: "Investments_Agreements",
                column: "ProjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investments_Checklist_ProjectId_Item",
                table: "Investments_Checklist",
                columns: new[] { "ProjectId", "Item" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investments_GroupStarts_ZoneId_Name",
                table: "Investments_GroupStarts",
                columns: new[] { "ZoneId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investments_ListEntries_ProjectId_ListName_Year",
                table: "Investments_ListEntries",
                columns: new[] { "ProjectId", "ListName", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investments_ListEntries_ZoneId_Year_ListName",
                table: "Investments_ListEntries",
                columns: new[] { "ZoneId", "Year", "ListName" });

            migrationBuilder.CreateIndex(
                name: "IX_Investments_Milestones_ProjectId_Stage",
                table: "Investments_Milestones",
                columns: new[] { "ProjectId", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investments_MonthlyInvestments_ProjectId_Year_Month",
                table: "Investments_MonthlyInvestments",
                columns: new[] { "ProjectId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investments_Projects_EnterpriseId",
                table: "Investments_Projects",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Investments_Projects_GroupStartId",
                table: "Investments_Projects",
                column: "GroupStartId");

            migrationBuilder.CreateIndex(
                name: "IX_Investments_Projects_SubParkId",
                table: "Investments_Projects",
                column: "SubParkId");

            migrationBuilder.CreateIndex(
                name: "IX_Investments_Projects_ZoneId_Name",
                table: "Investments_Projects",
                columns: new[] { "ZoneId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investments_Projects_ZoneId_Stage",
                table: "Investments_Projects",
                columns: new[] { "ZoneId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_Investments_SiteReviews_ProjectId",
                table: "Investments_SiteReviews",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Investments_StageChanges_ProjectId",
                table: "Investments_StageChanges",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Investments_StageChanges_ZoneId_On",
                table: "Investments_StageChanges",
                columns: new[] { "ZoneId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_Investments_YearPlans_ProjectId_Year",
                table: "Investments_YearPlans",
                columns: new[] { "ProjectId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Investments_Agreements");

            migrationBuilder.DropTable(
                name: "Investments_Checklist");

            migrationBuilder.DropTable(
                name: "Investments_ListEntries");

            migrationBuilder.DropTable(
                name: "Investments_Milestones");

            migrationBuilder.DropTable(
                name: "Investments_MonthlyInvestments");

            migrationBuilder.DropTable(
                name: "Investments_SiteReviews");

            migrationBuilder.DropTable(
                name: "Investments_StageChanges");

            migrationBuilder.DropTable(
                name: "Investments_YearPlans");

            migrationBuilder.DropTable(
                name: "Investments_Projects");

            migrationBuilder.DropTable(
                name: "Investments_GroupStarts");
        }
    }
}
