using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkLens.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ZoneInPrimaryKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ChainAtlas_Assignments_Registry_Enterprises_EnterpriseId",
                table: "ChainAtlas_Assignments");

            migrationBuilder.DropForeignKey(
                name: "FK_ChainAtlas_SupplyRelations_Registry_Enterprises_EnterpriseId",
                table: "ChainAtlas_SupplyRelations");

            migrationBuilder.DropForeignKey(
                name: "FK_ChainAtlas_SupplyRelations_Registry_Enterprises_PartnerEnte~",
                table: "ChainAtlas_SupplyRelations");

            migrationBuilder.DropForeignKey(
                name: "FK_ChainAtlas_ZoneChains_Registry_Enterprises_LeaderEnterprise~",
                table: "ChainAtlas_ZoneChains");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_Agreements_Investments_Projects_ProjectId",
                table: "Investments_Agreements");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_Checklist_Investments_Projects_ProjectId",
                table: "Investments_Checklist");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_ListEntries_Investments_Projects_ProjectId",
                table: "Investments_ListEntries");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_Milestones_Investments_Projects_ProjectId",
                table: "Investments_Milestones");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_MonthlyInvestments_Investments_Projects_Project~",
                table: "Investments_MonthlyInvestments");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_Projects_Investments_GroupStarts_GroupStartId",
                table: "Investments_Projects");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_Projects_Registry_Enterprises_EnterpriseId",
                table: "Investments_Projects");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_Projects_Registry_SubParks_SubParkId",
                table: "Investments_Projects");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_SiteReviews_Investments_Projects_ProjectId",
                table: "Investments_SiteReviews");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_StageChanges_Investments_Projects_ProjectId",
                table: "Investments_StageChanges");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_YearPlans_Investments_Projects_ProjectId",
                table: "Investments_YearPlans");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_ImprovementPlans_Registry_Enterprises_EnterpriseId",
                table: "Land_ImprovementPlans");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_ImprovementPlans_Registry_LandParcels_ParcelId",
                table: "Land_ImprovementPlans");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_ImprovementProgress_Land_ImprovementPlans_PlanId",
                table: "Land_ImprovementProgress");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_Occupancy_Land_SpaceUnits_SpaceUnitId",
                table: "Land_Occupancy");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_Results_Land_Runs_RunId",
                table: "Land_Results");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_Results_Registry_Enterprises_EnterpriseId",
                table: "Land_Results");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_SpaceUnitHistory_Land_SpaceUnits_SpaceUnitId",
                table: "Land_SpaceUnitHistory");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_SpaceUnits_Investments_Projects_ProjectId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_SpaceUnits_Registry_Buildings_BuildingId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_SpaceUnits_Registry_Enterprises_OwnerEnterpriseId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_SpaceUnits_Registry_Enterprises_TenantEnterpriseId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_SpaceUnits_Registry_SubParks_SubParkId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropForeignKey(
                name: "FK_Registry_Buildings_Registry_Enterprises_OwnerEnterpriseId",
                table: "Registry_Buildings");

            migrationBuilder.DropForeignKey(
                name: "FK_Registry_Buildings_Registry_LandParcels_ParcelId",
                table: "Registry_Buildings");

            migrationBuilder.DropForeignKey(
                name: "FK_Registry_EnterpriseIndicators_Registry_Enterprises_Enterpri~",
                table: "Registry_EnterpriseIndicators");

            migrationBuilder.DropForeignKey(
                name: "FK_Registry_Enterprises_Registry_SubParks_SubParkId",
                table: "Registry_Enterprises");

            migrationBuilder.DropForeignKey(
                name: "FK_Registry_LandParcels_Registry_Enterprises_OwnerEnterpriseId",
                table: "Registry_LandParcels");

            migrationBuilder.DropForeignKey(
                name: "FK_Registry_PublishedFacts_Registry_Enterprises_EnterpriseId",
                table: "Registry_PublishedFacts");

            migrationBuilder.DropForeignKey(
                name: "FK_Tiers_Applications_Registry_Enterprises_EnterpriseId",
                table: "Tiers_Applications");

            migrationBuilder.DropForeignKey(
                name: "FK_Tiers_AssistanceRecords_Registry_Enterprises_EnterpriseId",
                table: "Tiers_AssistanceRecords");

            migrationBuilder.DropForeignKey(
                name: "FK_Tiers_CultivationEntries_Registry_Enterprises_EnterpriseId",
                table: "Tiers_CultivationEntries");

            migrationBuilder.DropForeignKey(
                name: "FK_Tiers_Evidence_Registry_Enterprises_EnterpriseId",
                table: "Tiers_Evidence");

            migrationBuilder.DropForeignKey(
                name: "FK_Tiers_FactValues_Registry_Enterprises_EnterpriseId",
                table: "Tiers_FactValues");

            migrationBuilder.DropForeignKey(
                name: "FK_Tiers_FactValues_Tiers_Evidence_EvidenceId",
                table: "Tiers_FactValues");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Tiers_Targets",
                table: "Tiers_Targets");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Tiers_FactValues",
                table: "Tiers_FactValues");

            migrationBuilder.DropIndex(
                name: "IX_Tiers_FactValues_EnterpriseId",
                table: "Tiers_FactValues");

            migrationBuilder.DropIndex(
                name: "IX_Tiers_FactValues_EvidenceId",
                table: "Tiers_FactValues");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Tiers_Evidence",
                table: "Tiers_Evidence");

            migrationBuilder.DropIndex(
                name: "IX_Tiers_Evidence_EnterpriseId",
                table: "Tiers_Evidence");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Tiers_CultivationEntries",
                table: "Tiers_CultivationEntries");

            migrationBuilder.DropIndex(
                name: "IX_Tiers_CultivationEntries_EnterpriseId",
                table: "Tiers_CultivationEntries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Tiers_AssistanceRecords",
                table: "Tiers_AssistanceRecords");

            migrationBuilder.DropIndex(
                name: "IX_Tiers_AssistanceRecords_EnterpriseId",
                table: "Tiers_AssistanceRecords");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Tiers_Applications",
                table: "Tiers_Applications");

            migrationBuilder.DropIndex(
                name: "IX_Tiers_Applications_EnterpriseId",
                table: "Tiers_Applications");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Registry_SubParks",
                table: "Registry_SubParks");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Registry_PublishedFacts",
                table: "Registry_PublishedFacts");

            migrationBuilder.DropIndex(
                name: "IX_Registry_PublishedFacts_EnterpriseId",
                table: "Registry_PublishedFacts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Registry_LandParcels",
                table: "Registry_LandParcels");

            migrationBuilder.DropIndex(
                name: "IX_Registry_LandParcels_OwnerEnterpriseId",
                table: "Registry_LandParcels");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Registry_Enterprises",
                table: "Registry_Enterprises");

            migrationBuilder.DropIndex(
                name: "IX_Registry_Enterprises_SubParkId",
                table: "Registry_Enterprises");

            migrationBuilder.DropIndex(
                name: "IX_Registry_Enterprises_Uscc",
                table: "Registry_Enterprises");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Registry_EnterpriseIndicators",
                table: "Registry_EnterpriseIndicators");

            migrationBuilder.DropIndex(
                name: "IX_Registry_EnterpriseIndicators_EnterpriseId_Year",
                table: "Registry_EnterpriseIndicators");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Registry_Buildings",
                table: "Registry_Buildings");

            migrationBuilder.DropIndex(
                name: "IX_Registry_Buildings_OwnerEnterpriseId",
                table: "Registry_Buildings");

            migrationBuilder.DropIndex(
                name: "IX_Registry_Buildings_ParcelId",
                table: "Registry_Buildings");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Land_SpaceUnits",
                table: "Land_SpaceUnits");

            migrationBuilder.DropIndex(
                name: "IX_Land_SpaceUnits_BuildingId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropIndex(
                name: "IX_Land_SpaceUnits_OwnerEnterpriseId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropIndex(
                name: "IX_Land_SpaceUnits_ProjectId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropIndex(
                name: "IX_Land_SpaceUnits_SubParkId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropIndex(
                name: "IX_Land_SpaceUnits_TenantEnterpriseId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Land_SpaceUnitHistory",
                table: "Land_SpaceUnitHistory");

            migrationBuilder.DropIndex(
                name: "IX_Land_SpaceUnitHistory_SpaceUnitId_On",
                table: "Land_SpaceUnitHistory");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Land_Runs",
                table: "Land_Runs");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Land_Results",
                table: "Land_Results");

            migrationBuilder.DropIndex(
                name: "IX_Land_Results_EnterpriseId",
                table: "Land_Results");

            migrationBuilder.DropIndex(
                name: "IX_Land_Results_RunId_EnterpriseId",
                table: "Land_Results");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Land_Occupancy",
                table: "Land_Occupancy");

            migrationBuilder.DropIndex(
                name: "IX_Land_Occupancy_SpaceUnitId_Year_Month",
                table: "Land_Occupancy");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Land_ImprovementProgress",
                table: "Land_ImprovementProgress");

            migrationBuilder.DropIndex(
                name: "IX_Land_ImprovementProgress_PlanId",
                table: "Land_ImprovementProgress");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Land_ImprovementPlans",
                table: "Land_ImprovementPlans");

            migrationBuilder.DropIndex(
                name: "IX_Land_ImprovementPlans_EnterpriseId",
                table: "Land_ImprovementPlans");

            migrationBuilder.DropIndex(
                name: "IX_Land_ImprovementPlans_ParcelId",
                table: "Land_ImprovementPlans");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_YearPlans",
                table: "Investments_YearPlans");

            migrationBuilder.DropIndex(
                name: "IX_Investments_YearPlans_ProjectId_Year",
                table: "Investments_YearPlans");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_StageChanges",
                table: "Investments_StageChanges");

            migrationBuilder.DropIndex(
                name: "IX_Investments_StageChanges_ProjectId",
                table: "Investments_StageChanges");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_SiteReviews",
                table: "Investments_SiteReviews");

            migrationBuilder.DropIndex(
                name: "IX_Investments_SiteReviews_ProjectId",
                table: "Investments_SiteReviews");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_Projects",
                table: "Investments_Projects");

            migrationBuilder.DropIndex(
                name: "IX_Investments_Projects_EnterpriseId",
                table: "Investments_Projects");

            migrationBuilder.DropIndex(
                name: "IX_Investments_Projects_GroupStartId",
                table: "Investments_Projects");

            migrationBuilder.DropIndex(
                name: "IX_Investments_Projects_SubParkId",
                table: "Investments_Projects");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_MonthlyInvestments",
                table: "Investments_MonthlyInvestments");

            migrationBuilder.DropIndex(
                name: "IX_Investments_MonthlyInvestments_ProjectId_Year_Month",
                table: "Investments_MonthlyInvestments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_Milestones",
                table: "Investments_Milestones");

            migrationBuilder.DropIndex(
                name: "IX_Investments_Milestones_ProjectId_Stage",
                table: "Investments_Milestones");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_ListEntries",
                table: "Investments_ListEntries");

            migrationBuilder.DropIndex(
                name: "IX_Investments_ListEntries_ProjectId_ListName_Year",
                table: "Investments_ListEntries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_GroupStarts",
                table: "Investments_GroupStarts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_Checklist",
                table: "Investments_Checklist");

            migrationBuilder.DropIndex(
                name: "IX_Investments_Checklist_ProjectId_Item",
                table: "Investments_Checklist");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_Agreements",
                table: "Investments_Agreements");

            migrationBuilder.DropIndex(
                name: "IX_Investments_Agreements_ProjectId",
                table: "Investments_Agreements");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ChainAtlas_ZoneChains",
                table: "ChainAtlas_ZoneChains");

            migrationBuilder.DropIndex(
                name: "IX_ChainAtlas_ZoneChains_LeaderEnterpriseId",
                table: "ChainAtlas_ZoneChains");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ChainAtlas_SupplyRelations",
                table: "ChainAtlas_SupplyRelations");

            migrationBuilder.DropIndex(
                name: "IX_ChainAtlas_SupplyRelations_EnterpriseId",
                table: "ChainAtlas_SupplyRelations");

            migrationBuilder.DropIndex(
                name: "IX_ChainAtlas_SupplyRelations_PartnerEnterpriseId",
                table: "ChainAtlas_SupplyRelations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ChainAtlas_Leads",
                table: "ChainAtlas_Leads");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ChainAtlas_Assignments",
                table: "ChainAtlas_Assignments");

            migrationBuilder.DropIndex(
                name: "IX_ChainAtlas_Assignments_EnterpriseId",
                table: "ChainAtlas_Assignments");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Tiers_Targets",
                table: "Tiers_Targets",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Tiers_FactValues",
                table: "Tiers_FactValues",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Tiers_Evidence",
                table: "Tiers_Evidence",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Tiers_CultivationEntries",
                table: "Tiers_CultivationEntries",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Tiers_AssistanceRecords",
                table: "Tiers_AssistanceRecords",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Tiers_Applications",
                table: "Tiers_Applications",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Registry_SubParks",
                table: "Registry_SubParks",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Registry_PublishedFacts",
                table: "Registry_PublishedFacts",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Registry_LandParcels",
                table: "Registry_LandParcels",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Registry_Enterprises",
                table: "Registry_Enterprises",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Registry_EnterpriseIndicators",
                table: "Registry_EnterpriseIndicators",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Registry_Buildings",
                table: "Registry_Buildings",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Land_SpaceUnits",
                table: "Land_SpaceUnits",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Land_SpaceUnitHistory",
                table: "Land_SpaceUnitHistory",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Land_Runs",
                table: "Land_Runs",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Land_Results",
                table: "Land_Results",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Land_Occupancy",
                table: "Land_Occupancy",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Land_ImprovementProgress",
                table: "Land_ImprovementProgress",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Land_ImprovementPlans",
                table: "Land_ImprovementPlans",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_YearPlans",
                table: "Investments_YearPlans",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_StageChanges",
                table: "Investments_StageChanges",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_SiteReviews",
                table: "Investments_SiteReviews",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_Projects",
                table: "Investments_Projects",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_MonthlyInvestments",
                table: "Investments_MonthlyInvestments",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_Milestones",
                table: "Investments_Milestones",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_ListEntries",
                table: "Investments_ListEntries",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_GroupStarts",
                table: "Investments_GroupStarts",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_Checklist",
                table: "Investments_Checklist",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_Agreements",
                table: "Investments_Agreements",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_ChainAtlas_ZoneChains",
                table: "ChainAtlas_ZoneChains",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_ChainAtlas_SupplyRelations",
                table: "ChainAtlas_SupplyRelations",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_ChainAtlas_Leads",
                table: "ChainAtlas_Leads",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_ChainAtlas_Assignments",
                table: "ChainAtlas_Assignments",
                columns: new[] { "ZoneId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_FactValues_ZoneId_EvidenceId",
                table: "Tiers_FactValues",
                columns: new[] { "ZoneId", "EvidenceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Registry_LandParcels_ZoneId_OwnerEnterpriseId",
                table: "Registry_LandParcels",
                columns: new[] { "ZoneId", "OwnerEnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Registry_LandParcels_ZoneId_SubParkId",
                table: "Registry_LandParcels",
                columns: new[] { "ZoneId", "SubParkId" });

            migrationBuilder.CreateIndex(
                name: "IX_Registry_Enterprises_Uscc",
                table: "Registry_Enterprises",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_Registry_Enterprises_ZoneId_SubParkId",
                table: "Registry_Enterprises",
                columns: new[] { "ZoneId", "SubParkId" });

            migrationBuilder.CreateIndex(
                name: "IX_Registry_Enterprises_ZoneId_Uscc",
                table: "Registry_Enterprises",
                columns: new[] { "ZoneId", "Uscc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Registry_EnterpriseIndicators_ZoneId_EnterpriseId_Year",
                table: "Registry_EnterpriseIndicators",
                columns: new[] { "ZoneId", "EnterpriseId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Registry_Buildings_ZoneId_OwnerEnterpriseId",
                table: "Registry_Buildings",
                columns: new[] { "ZoneId", "OwnerEnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Registry_Buildings_ZoneId_ParcelId",
                table: "Registry_Buildings",
                columns: new[] { "ZoneId", "ParcelId" });

            migrationBuilder.CreateIndex(
                name: "IX_Land_SpaceUnits_ZoneId_BuildingId",
                table: "Land_SpaceUnits",
                columns: new[] { "ZoneId", "BuildingId" });

            migrationBuilder.CreateIndex(
                name: "IX_Land_SpaceUnits_ZoneId_OwnerEnterpriseId",
                table: "Land_SpaceUnits",
                columns: new[] { "ZoneId", "OwnerEnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Land_SpaceUnits_ZoneId_ProjectId",
                table: "Land_SpaceUnits",
                columns: new[] { "ZoneId", "ProjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Land_SpaceUnits_ZoneId_SubParkId",
                table: "Land_SpaceUnits",
                columns: new[] { "ZoneId", "SubParkId" });

            migrationBuilder.CreateIndex(
                name: "IX_Land_SpaceUnits_ZoneId_TenantEnterpriseId",
                table: "Land_SpaceUnits",
                columns: new[] { "ZoneId", "TenantEnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Land_SpaceUnitHistory_ZoneId_SpaceUnitId_On",
                table: "Land_SpaceUnitHistory",
                columns: new[] { "ZoneId", "SpaceUnitId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_Land_Runs_ZoneId_CorrectsRunId",
                table: "Land_Runs",
                columns: new[] { "ZoneId", "CorrectsRunId" });

            migrationBuilder.CreateIndex(
                name: "IX_Land_Results_ZoneId_RunId_EnterpriseId",
                table: "Land_Results",
                columns: new[] { "ZoneId", "RunId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Land_Occupancy_ZoneId_SpaceUnitId_Year_Month",
                table: "Land_Occupancy",
                columns: new[] { "ZoneId", "SpaceUnitId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Land_ImprovementProgress_ZoneId_PlanId",
                table: "Land_ImprovementProgress",
                columns: new[] { "ZoneId", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_Land_ImprovementPlans_ZoneId_EnterpriseId",
                table: "Land_ImprovementPlans",
                columns: new[] { "ZoneId", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Investments_YearPlans_ZoneId_ProjectId_Year",
                table: "Investments_YearPlans",
                columns: new[] { "ZoneId", "ProjectId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investments_StageChanges_ZoneId_ProjectId",
                table: "Investments_StageChanges",
                columns: new[] { "ZoneId", "ProjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Investments_SiteReviews_ZoneId_ProjectId",
                table: "Investments_SiteReviews",
                columns: new[] { "ZoneId", "ProjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Investments_Projects_ZoneId_EnterpriseId",
                table: "Investments_Projects",
                columns: new[] { "ZoneId", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Investments_Projects_ZoneId_GroupStartId",
                table: "Investments_Projects",
                columns: new[] { "ZoneId", "GroupStartId" });

            migrationBuilder.CreateIndex(
                name: "IX_Investments_Projects_ZoneId_SubParkId",
                table: "Investments_Projects",
                columns: new[] { "ZoneId", "SubParkId" });

            migrationBuilder.CreateIndex(
                name: "IX_Investments_MonthlyInvestments_ZoneId_ProjectId_Year_Month",
                table: "Investments_MonthlyInvestments",
                columns: new[] { "ZoneId", "ProjectId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investments_Milestones_ZoneId_ProjectId_Stage",
                table: "Investments_Milestones",
                columns: new[] { "ZoneId", "ProjectId", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investments_ListEntries_ZoneId_ProjectId_ListName_Year",
                table: "Investments_ListEntries",
                columns: new[] { "ZoneId", "ProjectId", "ListName", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investments_Checklist_ZoneId_ProjectId_Item",
                table: "Investments_Checklist",
                columns: new[] { "ZoneId", "ProjectId", "Item" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investments_Agreements_ZoneId_ProjectId",
                table: "Investments_Agreements",
                columns: new[] { "ZoneId", "ProjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_ZoneChains_ZoneId_LeaderEnterpriseId",
                table: "ChainAtlas_ZoneChains",
                columns: new[] { "ZoneId", "LeaderEnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_SupplyRelations_ZoneId_EnterpriseId",
                table: "ChainAtlas_SupplyRelations",
                columns: new[] { "ZoneId", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_SupplyRelations_ZoneId_PartnerEnterpriseId",
                table: "ChainAtlas_SupplyRelations",
                columns: new[] { "ZoneId", "PartnerEnterpriseId" });

            migrationBuilder.AddForeignKey(
                name: "FK_ChainAtlas_Assignments_Registry_Enterprises_ZoneId_Enterpri~",
                table: "ChainAtlas_Assignments",
                columns: new[] { "ZoneId", "EnterpriseId" },
                principalTable: "Registry_Enterprises",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ChainAtlas_SupplyRelations_Registry_Enterprises_ZoneId_Ente~",
                table: "ChainAtlas_SupplyRelations",
                columns: new[] { "ZoneId", "EnterpriseId" },
                principalTable: "Registry_Enterprises",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ChainAtlas_SupplyRelations_Registry_Enterprises_ZoneId_Part~",
                table: "ChainAtlas_SupplyRelations",
                columns: new[] { "ZoneId", "PartnerEnterpriseId" },
                principalTable: "Registry_Enterprises",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_ChainAtlas_ZoneChains_Registry_Enterprises_ZoneId_LeaderEnt~",
                table: "ChainAtlas_ZoneChains",
                columns: new[] { "ZoneId", "LeaderEnterpriseId" },
                principalTable: "Registry_Enterprises",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_Agreements_Investments_Projects_ZoneId_ProjectId",
                table: "Investments_Agreements",
                columns: new[] { "ZoneId", "ProjectId" },
                principalTable: "Investments_Projects",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_Checklist_Investments_Projects_ZoneId_ProjectId",
                table: "Investments_Checklist",
                columns: new[] { "ZoneId", "ProjectId" },
                principalTable: "Investments_Projects",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_ListEntries_Investments_Projects_ZoneId_Project~",
                table: "Investments_ListEntries",
                columns: new[] { "ZoneId", "ProjectId" },
                principalTable: "Investments_Projects",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_Milestones_Investments_Projects_ZoneId_ProjectId",
                table: "Investments_Milestones",
                columns: new[] { "ZoneId", "ProjectId" },
                principalTable: "Investments_Projects",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_MonthlyInvestments_Investments_Projects_ZoneId_~",
                table: "Investments_MonthlyInvestments",
                columns: new[] { "ZoneId", "ProjectId" },
                principalTable: "Investments_Projects",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_Projects_Investments_GroupStarts_ZoneId_GroupSt~",
                table: "Investments_Projects",
                columns: new[] { "ZoneId", "GroupStartId" },
                principalTable: "Investments_GroupStarts",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_Projects_Registry_Enterprises_ZoneId_Enterprise~",
                table: "Investments_Projects",
                columns: new[] { "ZoneId", "EnterpriseId" },
                principalTable: "Registry_Enterprises",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_Projects_Registry_SubParks_ZoneId_SubParkId",
                table: "Investments_Projects",
                columns: new[] { "ZoneId", "SubParkId" },
                principalTable: "Registry_SubParks",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_SiteReviews_Investments_Projects_ZoneId_Project~",
                table: "Investments_SiteReviews",
                columns: new[] { "ZoneId", "ProjectId" },
                principalTable: "Investments_Projects",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_StageChanges_Investments_Projects_ZoneId_Projec~",
                table: "Investments_StageChanges",
                columns: new[] { "ZoneId", "ProjectId" },
                principalTable: "Investments_Projects",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_YearPlans_Investments_Projects_ZoneId_ProjectId",
                table: "Investments_YearPlans",
                columns: new[] { "ZoneId", "ProjectId" },
                principalTable: "Investments_Projects",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Land_ImprovementPlans_Registry_Enterprises_ZoneId_Enterpris~",
                table: "Land_ImprovementPlans",
                columns: new[] { "ZoneId", "EnterpriseId" },
                principalTable: "Registry_Enterprises",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Land_ImprovementPlans_Registry_LandParcels_ZoneId_ParcelId",
                table: "Land_ImprovementPlans",
                columns: new[] { "ZoneId", "ParcelId" },
                principalTable: "Registry_LandParcels",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Land_ImprovementProgress_Land_ImprovementPlans_ZoneId_PlanId",
                table: "Land_ImprovementProgress",
                columns: new[] { "ZoneId", "PlanId" },
                principalTable: "Land_ImprovementPlans",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Land_Occupancy_Land_SpaceUnits_ZoneId_SpaceUnitId",
                table: "Land_Occupancy",
                columns: new[] { "ZoneId", "SpaceUnitId" },
                principalTable: "Land_SpaceUnits",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Land_Results_Land_Runs_ZoneId_RunId",
                table: "Land_Results",
                columns: new[] { "ZoneId", "RunId" },
                principalTable: "Land_Runs",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Land_Runs_Land_Runs_ZoneId_CorrectsRunId",
                table: "Land_Runs",
                columns: new[] { "ZoneId", "CorrectsRunId" },
                principalTable: "Land_Runs",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Land_SpaceUnitHistory_Land_SpaceUnits_ZoneId_SpaceUnitId",
                table: "Land_SpaceUnitHistory",
                columns: new[] { "ZoneId", "SpaceUnitId" },
                principalTable: "Land_SpaceUnits",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Land_SpaceUnits_Investments_Projects_ZoneId_ProjectId",
                table: "Land_SpaceUnits",
                columns: new[] { "ZoneId", "ProjectId" },
                principalTable: "Investments_Projects",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Land_SpaceUnits_Registry_Buildings_ZoneId_BuildingId",
                table: "Land_SpaceUnits",
                columns: new[] { "ZoneId", "BuildingId" },
                principalTable: "Registry_Buildings",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Land_SpaceUnits_Registry_Enterprises_ZoneId_OwnerEnterprise~",
                table: "Land_SpaceUnits",
                columns: new[] { "ZoneId", "OwnerEnterpriseId" },
                principalTable: "Registry_Enterprises",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Land_SpaceUnits_Registry_Enterprises_ZoneId_TenantEnterpris~",
                table: "Land_SpaceUnits",
                columns: new[] { "ZoneId", "TenantEnterpriseId" },
                principalTable: "Registry_Enterprises",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Land_SpaceUnits_Registry_SubParks_ZoneId_SubParkId",
                table: "Land_SpaceUnits",
                columns: new[] { "ZoneId", "SubParkId" },
                principalTable: "Registry_SubParks",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Registry_Buildings_Registry_Enterprises_ZoneId_OwnerEnterpr~",
                table: "Registry_Buildings",
                columns: new[] { "ZoneId", "OwnerEnterpriseId" },
                principalTable: "Registry_Enterprises",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Registry_Buildings_Registry_LandParcels_ZoneId_ParcelId",
                table: "Registry_Buildings",
                columns: new[] { "ZoneId", "ParcelId" },
                principalTable: "Registry_LandParcels",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Registry_EnterpriseIndicators_Registry_Enterprises_ZoneId_E~",
                table: "Registry_EnterpriseIndicators",
                columns: new[] { "ZoneId", "EnterpriseId" },
                principalTable: "Registry_Enterprises",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Registry_Enterprises_Registry_SubParks_ZoneId_SubParkId",
                table: "Registry_Enterprises",
                columns: new[] { "ZoneId", "SubParkId" },
                principalTable: "Registry_SubParks",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Registry_LandParcels_Registry_Enterprises_ZoneId_OwnerEnter~",
                table: "Registry_LandParcels",
                columns: new[] { "ZoneId", "OwnerEnterpriseId" },
                principalTable: "Registry_Enterprises",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Registry_LandParcels_Registry_SubParks_ZoneId_SubParkId",
                table: "Registry_LandParcels",
                columns: new[] { "ZoneId", "SubParkId" },
                principalTable: "Registry_SubParks",
                principalColumns: new[] { "ZoneId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Registry_PublishedFacts_Registry_Enterprises_ZoneId_Enterpr~",
                table: "Registry_PublishedFacts",
                columns: new[] { "ZoneId", "EnterpriseId" },
                principalTable: "Registry_Enterprises",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Tiers_Applications_Registry_Enterprises_ZoneId_EnterpriseId",
                table: "Tiers_Applications",
                columns: new[] { "ZoneId", "EnterpriseId" },
                principalTable: "Registry_Enterprises",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Tiers_AssistanceRecords_Registry_Enterprises_ZoneId_Enterpr~",
                table: "Tiers_AssistanceRecords",
                columns: new[] { "ZoneId", "EnterpriseId" },
                principalTable: "Registry_Enterprises",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Tiers_CultivationEntries_Registry_Enterprises_ZoneId_Enterp~",
                table: "Tiers_CultivationEntries",
                columns: new[] { "ZoneId", "EnterpriseId" },
                principalTable: "Registry_Enterprises",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Tiers_Evidence_Registry_Enterprises_ZoneId_EnterpriseId",
                table: "Tiers_Evidence",
                columns: new[] { "ZoneId", "EnterpriseId" },
                principalTable: "Registry_Enterprises",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Tiers_FactValues_Registry_Enterprises_ZoneId_EnterpriseId",
                table: "Tiers_FactValues",
                columns: new[] { "ZoneId", "EnterpriseId" },
                principalTable: "Registry_Enterprises",
                principalColumns: new[] { "ZoneId", "Id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Tiers_FactValues_Tiers_Evidence_ZoneId_EvidenceId",
                table: "Tiers_FactValues",
                columns: new[] { "ZoneId", "EvidenceId" },
                principalTable: "Tiers_Evidence",
                principalColumns: new[] { "ZoneId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ChainAtlas_Assignments_Registry_Enterprises_ZoneId_Enterpri~",
                table: "ChainAtlas_Assignments");

            migrationBuilder.DropForeignKey(
                name: "FK_ChainAtlas_SupplyRelations_Registry_Enterprises_ZoneId_Ente~",
                table: "ChainAtlas_SupplyRelations");

            migrationBuilder.DropForeignKey(
                name: "FK_ChainAtlas_SupplyRelations_Registry_Enterprises_ZoneId_Part~",
                table: "ChainAtlas_SupplyRelations");

            migrationBuilder.DropForeignKey(
                name: "FK_ChainAtlas_ZoneChains_Registry_Enterprises_ZoneId_LeaderEnt~",
                table: "ChainAtlas_ZoneChains");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_Agreements_Investments_Projects_ZoneId_ProjectId",
                table: "Investments_Agreements");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_Checklist_Investments_Projects_ZoneId_ProjectId",
                table: "Investments_Checklist");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_ListEntries_Investments_Projects_ZoneId_Project~",
                table: "Investments_ListEntries");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_Milestones_Investments_Projects_ZoneId_ProjectId",
                table: "Investments_Milestones");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_MonthlyInvestments_Investments_Projects_ZoneId_~",
                table: "Investments_MonthlyInvestments");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_Projects_Investments_GroupStarts_ZoneId_GroupSt~",
                table: "Investments_Projects");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_Projects_Registry_Enterprises_ZoneId_Enterprise~",
                table: "Investments_Projects");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_Projects_Registry_SubParks_ZoneId_SubParkId",
                table: "Investments_Projects");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_SiteReviews_Investments_Projects_ZoneId_Project~",
                table: "Investments_SiteReviews");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_StageChanges_Investments_Projects_ZoneId_Projec~",
                table: "Investments_StageChanges");

            migrationBuilder.DropForeignKey(
                name: "FK_Investments_YearPlans_Investments_Projects_ZoneId_ProjectId",
                table: "Investments_YearPlans");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_ImprovementPlans_Registry_Enterprises_ZoneId_Enterpris~",
                table: "Land_ImprovementPlans");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_ImprovementPlans_Registry_LandParcels_ZoneId_ParcelId",
                table: "Land_ImprovementPlans");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_ImprovementProgress_Land_ImprovementPlans_ZoneId_PlanId",
                table: "Land_ImprovementProgress");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_Occupancy_Land_SpaceUnits_ZoneId_SpaceUnitId",
                table: "Land_Occupancy");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_Results_Land_Runs_ZoneId_RunId",
                table: "Land_Results");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_Runs_Land_Runs_ZoneId_CorrectsRunId",
                table: "Land_Runs");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_SpaceUnitHistory_Land_SpaceUnits_ZoneId_SpaceUnitId",
                table: "Land_SpaceUnitHistory");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_SpaceUnits_Investments_Projects_ZoneId_ProjectId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_SpaceUnits_Registry_Buildings_ZoneId_BuildingId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_SpaceUnits_Registry_Enterprises_ZoneId_OwnerEnterprise~",
                table: "Land_SpaceUnits");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_SpaceUnits_Registry_Enterprises_ZoneId_TenantEnterpris~",
                table: "Land_SpaceUnits");

            migrationBuilder.DropForeignKey(
                name: "FK_Land_SpaceUnits_Registry_SubParks_ZoneId_SubParkId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropForeignKey(
                name: "FK_Registry_Buildings_Registry_Enterprises_ZoneId_OwnerEnterpr~",
                table: "Registry_Buildings");

            migrationBuilder.DropForeignKey(
                name: "FK_Registry_Buildings_Registry_LandParcels_ZoneId_ParcelId",
                table: "Registry_Buildings");

            migrationBuilder.DropForeignKey(
                name: "FK_Registry_EnterpriseIndicators_Registry_Enterprises_ZoneId_E~",
                table: "Registry_EnterpriseIndicators");

            migrationBuilder.DropForeignKey(
                name: "FK_Registry_Enterprises_Registry_SubParks_ZoneId_SubParkId",
                table: "Registry_Enterprises");

            migrationBuilder.DropForeignKey(
                name: "FK_Registry_LandParcels_Registry_Enterprises_ZoneId_OwnerEnter~",
                table: "Registry_LandParcels");

            migrationBuilder.DropForeignKey(
                name: "FK_Registry_LandParcels_Registry_SubParks_ZoneId_SubParkId",
                table: "Registry_LandParcels");

            migrationBuilder.DropForeignKey(
                name: "FK_Registry_PublishedFacts_Registry_Enterprises_ZoneId_Enterpr~",
                table: "Registry_PublishedFacts");

            migrationBuilder.DropForeignKey(
                name: "FK_Tiers_Applications_Registry_Enterprises_ZoneId_EnterpriseId",
                table: "Tiers_Applications");

            migrationBuilder.DropForeignKey(
                name: "FK_Tiers_AssistanceRecords_Registry_Enterprises_ZoneId_Enterpr~",
                table: "Tiers_AssistanceRecords");

            migrationBuilder.DropForeignKey(
                name: "FK_Tiers_CultivationEntries_Registry_Enterprises_ZoneId_Enterp~",
                table: "Tiers_CultivationEntries");

            migrationBuilder.DropForeignKey(
                name: "FK_Tiers_Evidence_Registry_Enterprises_ZoneId_EnterpriseId",
                table: "Tiers_Evidence");

            migrationBuilder.DropForeignKey(
                name: "FK_Tiers_FactValues_Registry_Enterprises_ZoneId_EnterpriseId",
                table: "Tiers_FactValues");

            migrationBuilder.DropForeignKey(
                name: "FK_Tiers_FactValues_Tiers_Evidence_ZoneId_EvidenceId",
                table: "Tiers_FactValues");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Tiers_Targets",
                table: "Tiers_Targets");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Tiers_FactValues",
                table: "Tiers_FactValues");

            migrationBuilder.DropIndex(
                name: "IX_Tiers_FactValues_ZoneId_EvidenceId",
                table: "Tiers_FactValues");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Tiers_Evidence",
                table: "Tiers_Evidence");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Tiers_CultivationEntries",
                table: "Tiers_CultivationEntries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Tiers_AssistanceRecords",
                table: "Tiers_AssistanceRecords");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Tiers_Applications",
                table: "Tiers_Applications");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Registry_SubParks",
                table: "Registry_SubParks");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Registry_PublishedFacts",
                table: "Registry_PublishedFacts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Registry_LandParcels",
                table: "Registry_LandParcels");

            migrationBuilder.DropIndex(
                name: "IX_Registry_LandParcels_ZoneId_OwnerEnterpriseId",
                table: "Registry_LandParcels");

            migrationBuilder.DropIndex(
                name: "IX_Registry_LandParcels_ZoneId_SubParkId",
                table: "Registry_LandParcels");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Registry_Enterprises",
                table: "Registry_Enterprises");

            migrationBuilder.DropIndex(
                name: "IX_Registry_Enterprises_Uscc",
                table: "Registry_Enterprises");

            migrationBuilder.DropIndex(
                name: "IX_Registry_Enterprises_ZoneId_SubParkId",
                table: "Registry_Enterprises");

            migrationBuilder.DropIndex(
                name: "IX_Registry_Enterprises_ZoneId_Uscc",
                table: "Registry_Enterprises");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Registry_EnterpriseIndicators",
                table: "Registry_EnterpriseIndicators");

            migrationBuilder.DropIndex(
                name: "IX_Registry_EnterpriseIndicators_ZoneId_EnterpriseId_Year",
                table: "Registry_EnterpriseIndicators");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Registry_Buildings",
                table: "Registry_Buildings");

            migrationBuilder.DropIndex(
                name: "IX_Registry_Buildings_ZoneId_OwnerEnterpriseId",
                table: "Registry_Buildings");

            migrationBuilder.DropIndex(
                name: "IX_Registry_Buildings_ZoneId_ParcelId",
                table: "Registry_Buildings");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Land_SpaceUnits",
                table: "Land_SpaceUnits");

            migrationBuilder.DropIndex(
                name: "IX_Land_SpaceUnits_ZoneId_BuildingId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropIndex(
                name: "IX_Land_SpaceUnits_ZoneId_OwnerEnterpriseId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropIndex(
                name: "IX_Land_SpaceUnits_ZoneId_ProjectId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropIndex(
                name: "IX_Land_SpaceUnits_ZoneId_SubParkId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropIndex(
                name: "IX_Land_SpaceUnits_ZoneId_TenantEnterpriseId",
                table: "Land_SpaceUnits");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Land_SpaceUnitHistory",
                table: "Land_SpaceUnitHistory");

            migrationBuilder.DropIndex(
                name: "IX_Land_SpaceUnitHistory_ZoneId_SpaceUnitId_On",
                table: "Land_SpaceUnitHistory");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Land_Runs",
                table: "Land_Runs");

            migrationBuilder.DropIndex(
                name: "IX_Land_Runs_ZoneId_CorrectsRunId",
                table: "Land_Runs");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Land_Results",
                table: "Land_Results");

            migrationBuilder.DropIndex(
                name: "IX_Land_Results_ZoneId_RunId_EnterpriseId",
                table: "Land_Results");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Land_Occupancy",
                table: "Land_Occupancy");

            migrationBuilder.DropIndex(
                name: "IX_Land_Occupancy_ZoneId_SpaceUnitId_Year_Month",
                table: "Land_Occupancy");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Land_ImprovementProgress",
                table: "Land_ImprovementProgress");

            migrationBuilder.DropIndex(
                name: "IX_Land_ImprovementProgress_ZoneId_PlanId",
                table: "Land_ImprovementProgress");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Land_ImprovementPlans",
                table: "Land_ImprovementPlans");

            migrationBuilder.DropIndex(
                name: "IX_Land_ImprovementPlans_ZoneId_EnterpriseId",
                table: "Land_ImprovementPlans");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_YearPlans",
                table: "Investments_YearPlans");

            migrationBuilder.DropIndex(
                name: "IX_Investments_YearPlans_ZoneId_ProjectId_Year",
                table: "Investments_YearPlans");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_StageChanges",
                table: "Investments_StageChanges");

            migrationBuilder.DropIndex(
                name: "IX_Investments_StageChanges_ZoneId_ProjectId",
                table: "Investments_StageChanges");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_SiteReviews",
                table: "Investments_SiteReviews");

            migrationBuilder.DropIndex(
                name: "IX_Investments_SiteReviews_ZoneId_ProjectId",
                table: "Investments_SiteReviews");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_Projects",
                table: "Investments_Projects");

            migrationBuilder.DropIndex(
                name: "IX_Investments_Projects_ZoneId_EnterpriseId",
                table: "Investments_Projects");

            migrationBuilder.DropIndex(
                name: "IX_Investments_Projects_ZoneId_GroupStartId",
                table: "Investments_Projects");

            migrationBuilder.DropIndex(
                name: "IX_Investments_Projects_ZoneId_SubParkId",
                table: "Investments_Projects");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_MonthlyInvestments",
                table: "Investments_MonthlyInvestments");

            migrationBuilder.DropIndex(
                name: "IX_Investments_MonthlyInvestments_ZoneId_ProjectId_Year_Month",
                table: "Investments_MonthlyInvestments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_Milestones",
                table: "Investments_Milestones");

            migrationBuilder.DropIndex(
                name: "IX_Investments_Milestones_ZoneId_ProjectId_Stage",
                table: "Investments_Milestones");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_ListEntries",
                table: "Investments_ListEntries");

            migrationBuilder.DropIndex(
                name: "IX_Investments_ListEntries_ZoneId_ProjectId_ListName_Year",
                table: "Investments_ListEntries");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_GroupStarts",
                table: "Investments_GroupStarts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_Checklist",
                table: "Investments_Checklist");

            migrationBuilder.DropIndex(
                name: "IX_Investments_Checklist_ZoneId_ProjectId_Item",
                table: "Investments_Checklist");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Investments_Agreements",
                table: "Investments_Agreements");

            migrationBuilder.DropIndex(
                name: "IX_Investments_Agreements_ZoneId_ProjectId",
                table: "Investments_Agreements");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ChainAtlas_ZoneChains",
                table: "ChainAtlas_ZoneChains");

            migrationBuilder.DropIndex(
                name: "IX_ChainAtlas_ZoneChains_ZoneId_LeaderEnterpriseId",
                table: "ChainAtlas_ZoneChains");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ChainAtlas_SupplyRelations",
                table: "ChainAtlas_SupplyRelations");

            migrationBuilder.DropIndex(
                name: "IX_ChainAtlas_SupplyRelations_ZoneId_EnterpriseId",
                table: "ChainAtlas_SupplyRelations");

            migrationBuilder.DropIndex(
                name: "IX_ChainAtlas_SupplyRelations_ZoneId_PartnerEnterpriseId",
                table: "ChainAtlas_SupplyRelations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ChainAtlas_Leads",
                table: "ChainAtlas_Leads");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ChainAtlas_Assignments",
                table: "ChainAtlas_Assignments");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Tiers_Targets",
                table: "Tiers_Targets",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Tiers_FactValues",
                table: "Tiers_FactValues",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Tiers_Evidence",
                table: "Tiers_Evidence",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Tiers_CultivationEntries",
                table: "Tiers_CultivationEntries",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Tiers_AssistanceRecords",
                table: "Tiers_AssistanceRecords",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Tiers_Applications",
                table: "Tiers_Applications",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Registry_SubParks",
                table: "Registry_SubParks",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Registry_PublishedFacts",
                table: "Registry_PublishedFacts",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Registry_LandParcels",
                table: "Registry_LandParcels",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Registry_Enterprises",
                table: "Registry_Enterprises",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Registry_EnterpriseIndicators",
                table: "Registry_EnterpriseIndicators",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Registry_Buildings",
                table: "Registry_Buildings",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Land_SpaceUnits",
                table: "Land_SpaceUnits",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Land_SpaceUnitHistory",
                table: "Land_SpaceUnitHistory",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Land_Runs",
                table: "Land_Runs",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Land_Results",
                table: "Land_Results",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Land_Occupancy",
                table: "Land_Occupancy",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Land_ImprovementProgress",
                table: "Land_ImprovementProgress",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Land_ImprovementPlans",
                table: "Land_ImprovementPlans",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_YearPlans",
                table: "Investments_YearPlans",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_StageChanges",
                table: "Investments_StageChanges",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_SiteReviews",
                table: "Investments_SiteReviews",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_Projects",
                table: "Investments_Projects",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_MonthlyInvestments",
                table: "Investments_MonthlyInvestments",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_Milestones",
                table: "Investments_Milestones",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_ListEntries",
                table: "Investments_ListEntries",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_GroupStarts",
                table: "Investments_GroupStarts",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_Checklist",
                table: "Investments_Checklist",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Investments_Agreements",
                table: "Investments_Agreements",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ChainAtlas_ZoneChains",
                table: "ChainAtlas_ZoneChains",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ChainAtlas_SupplyRelations",
                table: "ChainAtlas_SupplyRelations",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ChainAtlas_Leads",
                table: "ChainAtlas_Leads",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ChainAtlas_Assignments",
                table: "ChainAtlas_Assignments",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_FactValues_EnterpriseId",
                table: "Tiers_FactValues",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_FactValues_EvidenceId",
                table: "Tiers_FactValues",
                column: "EvidenceId");

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_Evidence_EnterpriseId",
                table: "Tiers_Evidence",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_CultivationEntries_EnterpriseId",
                table: "Tiers_CultivationEntries",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_AssistanceRecords_EnterpriseId",
                table: "Tiers_AssistanceRecords",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_Applications_EnterpriseId",
                table: "Tiers_Applications",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Registry_PublishedFacts_EnterpriseId",
                table: "Registry_PublishedFacts",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Registry_LandParcels_OwnerEnterpriseId",
                table: "Registry_LandParcels",
                column: "OwnerEnterpriseId");

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
                name: "IX_Registry_EnterpriseIndicators_EnterpriseId_Year",
                table: "Registry_EnterpriseIndicators",
                columns: new[] { "EnterpriseId", "Year" },
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
                name: "IX_Land_SpaceUnitHistory_SpaceUnitId_On",
                table: "Land_SpaceUnitHistory",
                columns: new[] { "SpaceUnitId", "On" });

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
                name: "IX_Land_Occupancy_SpaceUnitId_Year_Month",
                table: "Land_Occupancy",
                columns: new[] { "SpaceUnitId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Land_ImprovementProgress_PlanId",
                table: "Land_ImprovementProgress",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Land_ImprovementPlans_EnterpriseId",
                table: "Land_ImprovementPlans",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Land_ImprovementPlans_ParcelId",
                table: "Land_ImprovementPlans",
                column: "ParcelId");

            migrationBuilder.CreateIndex(
                name: "IX_Investments_YearPlans_ProjectId_Year",
                table: "Investments_YearPlans",
                columns: new[] { "ProjectId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investments_StageChanges_ProjectId",
                table: "Investments_StageChanges",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Investments_SiteReviews_ProjectId",
                table: "Investments_SiteReviews",
                column: "ProjectId");

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
                name: "IX_Investments_MonthlyInvestments_ProjectId_Year_Month",
                table: "Investments_MonthlyInvestments",
                columns: new[] { "ProjectId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investments_Milestones_ProjectId_Stage",
                table: "Investments_Milestones",
                columns: new[] { "ProjectId", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investments_ListEntries_ProjectId_ListName_Year",
                table: "Investments_ListEntries",
                columns: new[] { "ProjectId", "ListName", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investments_Checklist_ProjectId_Item",
                table: "Investments_Checklist",
                columns: new[] { "ProjectId", "Item" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Investments_Agreements_ProjectId",
                table: "Investments_Agreements",
                column: "ProjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_ZoneChains_LeaderEnterpriseId",
                table: "ChainAtlas_ZoneChains",
                column: "LeaderEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_SupplyRelations_EnterpriseId",
                table: "ChainAtlas_SupplyRelations",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_SupplyRelations_PartnerEnterpriseId",
                table: "ChainAtlas_SupplyRelations",
                column: "PartnerEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ChainAtlas_Assignments_EnterpriseId",
                table: "ChainAtlas_Assignments",
                column: "EnterpriseId");

            migrationBuilder.AddForeignKey(
                name: "FK_ChainAtlas_Assignments_Registry_Enterprises_EnterpriseId",
                table: "ChainAtlas_Assignments",
                column: "EnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ChainAtlas_SupplyRelations_Registry_Enterprises_EnterpriseId",
                table: "ChainAtlas_SupplyRelations",
                column: "EnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ChainAtlas_SupplyRelations_Registry_Enterprises_PartnerEnte~",
                table: "ChainAtlas_SupplyRelations",
                column: "PartnerEnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_ChainAtlas_ZoneChains_Registry_Enterprises_LeaderEnterprise~",
                table: "ChainAtlas_ZoneChains",
                column: "LeaderEnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_Agreements_Investments_Projects_ProjectId",
                table: "Investments_Agreements",
                column: "ProjectId",
                principalTable: "Investments_Projects",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_Checklist_Investments_Projects_ProjectId",
                table: "Investments_Checklist",
                column: "ProjectId",
                principalTable: "Investments_Projects",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_ListEntries_Investments_Projects_ProjectId",
                table: "Investments_ListEntries",
                column: "ProjectId",
                principalTable: "Investments_Projects",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_Milestones_Investments_Projects_ProjectId",
                table: "Investments_Milestones",
                column: "ProjectId",
                principalTable: "Investments_Projects",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_MonthlyInvestments_Investments_Projects_Project~",
                table: "Investments_MonthlyInvestments",
                column: "ProjectId",
                principalTable: "Investments_Projects",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_Projects_Investments_GroupStarts_GroupStartId",
                table: "Investments_Projects",
                column: "GroupStartId",
                principalTable: "Investments_GroupStarts",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_Projects_Registry_Enterprises_EnterpriseId",
                table: "Investments_Projects",
                column: "EnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_Projects_Registry_SubParks_SubParkId",
                table: "Investments_Projects",
                column: "SubParkId",
                principalTable: "Registry_SubParks",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_SiteReviews_Investments_Projects_ProjectId",
                table: "Investments_SiteReviews",
                column: "ProjectId",
                principalTable: "Investments_Projects",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_StageChanges_Investments_Projects_ProjectId",
                table: "Investments_StageChanges",
                column: "ProjectId",
                principalTable: "Investments_Projects",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Investments_YearPlans_Investments_Projects_ProjectId",
                table: "Investments_YearPlans",
                column: "ProjectId",
                principalTable: "Investments_Projects",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Land_ImprovementPlans_Registry_Enterprises_EnterpriseId",
                table: "Land_ImprovementPlans",
                column: "EnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Land_ImprovementPlans_Registry_LandParcels_ParcelId",
                table: "Land_ImprovementPlans",
                column: "ParcelId",
                principalTable: "Registry_LandParcels",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Land_ImprovementProgress_Land_ImprovementPlans_PlanId",
                table: "Land_ImprovementProgress",
                column: "PlanId",
                principalTable: "Land_ImprovementPlans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Land_Occupancy_Land_SpaceUnits_SpaceUnitId",
                table: "Land_Occupancy",
                column: "SpaceUnitId",
                principalTable: "Land_SpaceUnits",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Land_Results_Land_Runs_RunId",
                table: "Land_Results",
                column: "RunId",
                principalTable: "Land_Runs",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Land_Results_Registry_Enterprises_EnterpriseId",
                table: "Land_Results",
                column: "EnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Land_SpaceUnitHistory_Land_SpaceUnits_SpaceUnitId",
                table: "Land_SpaceUnitHistory",
                column: "SpaceUnitId",
                principalTable: "Land_SpaceUnits",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Land_SpaceUnits_Investments_Projects_ProjectId",
                table: "Land_SpaceUnits",
                column: "ProjectId",
                principalTable: "Investments_Projects",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Land_SpaceUnits_Registry_Buildings_BuildingId",
                table: "Land_SpaceUnits",
                column: "BuildingId",
                principalTable: "Registry_Buildings",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Land_SpaceUnits_Registry_Enterprises_OwnerEnterpriseId",
                table: "Land_SpaceUnits",
                column: "OwnerEnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Land_SpaceUnits_Registry_Enterprises_TenantEnterpriseId",
                table: "Land_SpaceUnits",
                column: "TenantEnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Land_SpaceUnits_Registry_SubParks_SubParkId",
                table: "Land_SpaceUnits",
                column: "SubParkId",
                principalTable: "Registry_SubParks",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Registry_Buildings_Registry_Enterprises_OwnerEnterpriseId",
                table: "Registry_Buildings",
                column: "OwnerEnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Registry_Buildings_Registry_LandParcels_ParcelId",
                table: "Registry_Buildings",
                column: "ParcelId",
                principalTable: "Registry_LandParcels",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Registry_EnterpriseIndicators_Registry_Enterprises_Enterpri~",
                table: "Registry_EnterpriseIndicators",
                column: "EnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Registry_Enterprises_Registry_SubParks_SubParkId",
                table: "Registry_Enterprises",
                column: "SubParkId",
                principalTable: "Registry_SubParks",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Registry_LandParcels_Registry_Enterprises_OwnerEnterpriseId",
                table: "Registry_LandParcels",
                column: "OwnerEnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Registry_PublishedFacts_Registry_Enterprises_EnterpriseId",
                table: "Registry_PublishedFacts",
                column: "EnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Tiers_Applications_Registry_Enterprises_EnterpriseId",
                table: "Tiers_Applications",
                column: "EnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Tiers_AssistanceRecords_Registry_Enterprises_EnterpriseId",
                table: "Tiers_AssistanceRecords",
                column: "EnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Tiers_CultivationEntries_Registry_Enterprises_EnterpriseId",
                table: "Tiers_CultivationEntries",
                column: "EnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Tiers_Evidence_Registry_Enterprises_EnterpriseId",
                table: "Tiers_Evidence",
                column: "EnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Tiers_FactValues_Registry_Enterprises_EnterpriseId",
                table: "Tiers_FactValues",
                column: "EnterpriseId",
                principalTable: "Registry_Enterprises",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Tiers_FactValues_Tiers_Evidence_EvidenceId",
                table: "Tiers_FactValues",
                column: "EvidenceId",
                principalTable: "Tiers_Evidence",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }
    }
}
