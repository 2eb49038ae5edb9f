using System.Text.RegularExpressions;
using System.Xml.Linq;
using ParkLens.Core.Registry.Domain;
using ParkLens.IntegrationTests.Infrastructure;

namespace ParkLens.IntegrationTests.Web;

public sealed partial class LocalizationTests
{
    [GeneratedRegex("L\\[\"([^\"]+)\"\\]")]
    private static partial Regex LocalizedKey();

    [Fact]
    public void EveryUiText_HasAnEnglishTranslation()
    {
        var web = Path.Combine(Files.RepoRoot, "src", "ParkLens.Web");
        var english = XDocument.Load(Path.Combine(web, "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        var used = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(f => LocalizedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Concat(RegistryTerms.Levels.Values).Concat(RegistryTerms.Kinds.Values).Concat(RegistryTerms.Ownerships.Values)
            .Concat(RegistryTerms.CertificationNames.Values).Concat(RegistryTerms.Uses.Values).Concat(IndicatorDefinitions.All.Select(d => d.ZhName))
            .Distinct();

        used.Where(k => !english.Contains(k)).ShouldBeEmpty();
    }
}
