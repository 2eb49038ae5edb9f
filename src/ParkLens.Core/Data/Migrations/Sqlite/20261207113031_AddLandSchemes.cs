using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParkLens.Core.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerAuthorityId = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerScope = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Json = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
