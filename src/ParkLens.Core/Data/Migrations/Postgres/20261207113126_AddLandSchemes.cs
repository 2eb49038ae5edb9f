using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ParkLens.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddLandSchemes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Land_Schemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerAuthorityId = table.Column<int>(type: "integer", nullable: true),
                    OwnerScope = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Json = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    Note = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    SavedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SavedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Land_Schemes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Land_Schemes_Key_OwnerScope_Version",
                table: "Land_Schemes",
                columns: new[] { "Key", "OwnerScope", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Land_Schemes");
        }
    }
}
