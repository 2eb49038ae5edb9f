using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;
using ParkLens.Core.Common;
using ParkLens.Core.Data;

namespace ParkLens.Core.Tests.Architecture;

public sealed class ArchitectureTests
{
    private static readonly System.Reflection.Assembly Core = typeof(ParkDbContext).Assembly;

    [Fact]
    public void Core_DoesNotDependOnTheWebStack()
    {
        // Identity's stores (UserManager, IdentityDbContext) live in the Microsoft.AspNetCore.Identity namespace but
        // carry no HTTP dependency; everything else of ASP.NET Core stays out of Core (ADR 0004).
        var references = Core.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Where(r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) && r != "Microsoft.AspNetCore.Identity.EntityFrameworkCore").ShouldBeEmpty();
        references.ShouldNotContain("Microsoft.AspNetCore.Http.Abstractions");
    }

    [Fact]
    public void Handlers_AreSealed()
    {
        var result = Types.InAssembly(Core).That().HaveNameEndingWith("Handler").Should().BeSealed().GetResult();

        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Entities_HaveModulePrefixedTables_AndZoneOwnedOnesAreFiltered()
    {
        using var db = ParkDbContextFactory.Create(DatabaseSettings.Parse("Data Source=:memory:"), new FixedActor("test", DataScope.Everything));

        foreach (var entity in db.Model.GetEntityTypes())
        {
            (entity.GetTableName() ?? "").ShouldMatch("^[A-Z][A-Za-z]+_[A-Z][A-Za-z]+$", entity.Name);
            if (typeof(IZoneOwned).IsAssignableFrom(entity.ClrType))
            {
                entity.GetDeclaredQueryFilters().ShouldNotBeEmpty(entity.Name);
            }
        }
    }

    [Fact]
    public void Registry_DoesNotReachIntoOtherModules()
    {
        string[] others = ["ParkLens.Core.ChainAtlas", "ParkLens.Core.Investments", "ParkLens.Core.LandEfficiency", "ParkLens.Core.EnterpriseTiers", "ParkLens.Core.TechMatching", "ParkLens.Core.EnterpriseServices", "ParkLens.Core.Statistics"];

        Types.InAssembly(Core).That().ResideInNamespace("ParkLens.Core.Registry").ShouldNot().HaveDependencyOnAny(others).GetResult().IsSuccessful.ShouldBeTrue();
    }

    [Fact]
    public void EnterpriseTiers_UsesTheRegistryOnlyThroughItsContracts()
    {
        string[] registryInternals = ["ParkLens.Core.Registry.Domain", "ParkLens.Core.Registry.Reference", "ParkLens.Core.Registry.ImportRegistryFile", "ParkLens.Core.Registry.SeedDemoData"];

        var result = Types.InAssembly(Core).That().ResideInNamespace("ParkLens.Core.EnterpriseTiers").ShouldNot().HaveDependencyOnAny(registryInternals).GetResult();

        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void TierRules_AreFreeOfTheDatabase()
    {
        var result = Types.InAssembly(Core).That().ResideInNamespace("ParkLens.Core.EnterpriseTiers.Rules")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "ParkLens.Core.Data").GetResult();

        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Investments_UsesOtherModulesOnlyThroughTheirContracts()
    {
        string[] internals =
        [
            "ParkLens.Core.Registry.Domain", "ParkLens.Core.Registry.ImportRegistryFile", "ParkLens.Core.Registry.SeedDemoData",
            "ParkLens.Core.ChainAtlas.Domain", "ParkLens.Core.ChainAtlas.Templates", "ParkLens.Core.ChainAtlas.Analytics", "ParkLens.Core.ChainAtlas.Targeting",
            "ParkLens.Core.EnterpriseTiers",
        ];

        var result = Types.InAssembly(Core).That().ResideInNamespace("ParkLens.Core.Investments").ShouldNot().HaveDependencyOnAny(internals).GetResult();

        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void PipelineRules_AreFreeOfTheDatabase()
    {
        var result = Types.InAssembly(Core).That().ResideInNamespace("ParkLens.Core.Investments.Rules")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "ParkLens.Core.Data").GetResult();

        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void LandEfficiency_UsesOtherModulesOnlyThroughTheirContracts_AndItsEngineIsFreeOfTheDatabase()
    {
        string[] internals =
        [
            "ParkLens.Core.Registry.Domain", "ParkLens.Core.Registry.ImportRegistryFile", "ParkLens.Core.Registry.SeedDemoData",
            "ParkLens.Core.ChainAtlas.Domain", "ParkLens.Core.Investments.Domain", "ParkLens.Core.Investments.Rules", "ParkLens.Core.EnterpriseTiers",
        ];

        var modules = Types.InAssembly(Core).That().ResideInNamespace("ParkLens.Core.LandEfficiency").ShouldNot().HaveDependencyOnAny(internals).GetResult();
        var engine = Types.InAssembly(Core).That().ResideInNamespace("ParkLens.Core.LandEfficiency.Evaluation").Or().ResideInNamespace("ParkLens.Core.LandEfficiency.Schemes")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "ParkLens.Core.Data").GetResult();

        modules.IsSuccessful.ShouldBeTrue(string.Join(", ", modules.FailingTypeNames ?? []));
        engine.IsSuccessful.ShouldBeTrue(string.Join(", ", engine.FailingTypeNames ?? []));
    }

    [Fact]
    public void IdleSpace_UsesOtherModulesOnlyThroughTheirContracts_AndItsRulesAreFreeOfTheDatabase()
    {
        string[] internals =
        [
            "ParkLens.Core.Registry.Domain", "ParkLens.Core.Registry.ImportRegistryFile", "ParkLens.Core.Registry.SeedDemoData",
            "ParkLens.Core.Investments.Domain", "ParkLens.Core.Investments.Rules", "ParkLens.Core.Investments.AdvanceProject",
            "ParkLens.Core.ChainAtlas.Domain", "ParkLens.Core.EnterpriseTiers",
        ];
        var result = Types.InAssembly(Core).That().ResideInNamespace("ParkLens.Core.LandEfficiency.IdleSpace").ShouldNot().HaveDependencyOnAny(internals).GetResult();
        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));

        var rules = Types.InAssembly(Core).That().ResideInNamespace("ParkLens.Core.LandEfficiency.IdleSpace.Rules")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "ParkLens.Core.Data").GetResult();
        rules.IsSuccessful.ShouldBeTrue(string.Join(", ", rules.FailingTypeNames ?? []));
    }
}
