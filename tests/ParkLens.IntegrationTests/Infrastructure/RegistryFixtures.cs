using Microsoft.Extensions.DependencyInjection;
using ParkLens.Core.Registry.ImportRegistryFile;

namespace ParkLens.IntegrationTests.Infrastructure;

/// <summary>Two zones with enterprises and figures, written through the importer as a user would.</summary>
internal static class RegistryFixtures
{
    public static readonly string[] ZonesCsv =
    [
        "开发区名称,简称,级别,类型,省级区划代码,地级区划代码,批准年份,核准面积(公顷),主导产业,主管机构",
        "玉溪高新技术产业开发区,玉溪高新区,国家级,高新区,53,5304,2012,1200,新能源电池;生物医药,云南省",
        "昆明高新技术产业开发区,昆明高新区,国家级,高新区,53,5301,1992,900,生物医药;稀贵金属,云南省",
    ];

    public static string Valid(string first17) => first17 + ParkLens.Core.Common.Uscc.CheckChar(first17);

    public static readonly string Yuxi1 = Valid("91530400MA6K3YQX1");
    public static readonly string Yuxi2 = Valid("91530400MA6K3YQX2");
    public static readonly string Kunming1 = Valid("91530100MA6K3YQX3");

    public static string[] EnterprisesCsv =>
    [
        "统一社会信用代码,企业名称,所属开发区,行业代码,登记注册类型,是否上市,资质,成立日期",
        $"{Yuxi1},云南恩捷新材料股份有限公司,玉溪高新区,2922,民营,是,高新技术企业;专精特新中小企业,2006-04-05",
        $"{Yuxi2},玉溪测试电池有限公司,玉溪高新区,3841,民营,否,,2019-01-01",
        $"{Kunming1},昆明测试生物有限公司,昆明高新区,2761,国有,否,高新技术企业,2001-01-01",
    ];

    public static string[] IndicatorsCsv =>
    [
        "统一社会信用代码,年度,营业收入(万元),税收(万元),用地面积(亩),从业人员(人)",
        $"{Yuxi1},2024,100000,5000,200,1000",
        $"{Yuxi1},2025,120000,6000,200,1100",
        $"{Yuxi2},2025,8000,300,,60",
        $"{Kunming1},2025,50000,2500,100,400",
    ];

    public static async Task LoadAsync(AsyncServiceScope scope)
    {
        var importer = scope.ServiceProvider.GetRequiredService<ImportRegistryFileHandler>();
        foreach (var (kind, lines) in new[] { (ImportKind.Zones, ZonesCsv), (ImportKind.Enterprises, EnterprisesCsv), (ImportKind.Indicators, IndicatorsCsv) })
        {
            var result = await importer.HandleAsync(kind, Files.Csv(lines), $"{kind}.csv", null, CancellationToken.None);
            result.Errors.ShouldBeEmpty(string.Join("; ", result.Errors));
        }
    }
}
