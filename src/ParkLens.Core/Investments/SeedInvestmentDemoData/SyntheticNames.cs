namespace ParkLens.Core.Investments.SeedInvestmentDemoData;

/// <summary>Invented people and project names for the synthetic part of the demo pipeline (every such row is marked synthetic).</summary>
internal static class SyntheticNames
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明", "超", "霞", "平", "刚", "桂英"];
    private static readonly string[] Kinds = ["智能制造基地", "新材料产业园", "研发中心", "生产线", "产业化基地", "总部项目", "扩产项目", "仓储物流中心", "精密部件项目", "检测服务平台"];
    private static readonly string[] Companies = ["华创", "中科", "远景", "恒信", "博瑞", "天合", "鼎盛", "星辰", "宏远", "瑞丰", "嘉和", "东方", "新锐", "卓越", "金石", "海川"];

    public static readonly string[] Departments = ["招商一局", "招商二局", "招商三局", "产业促进局"];

    public static string Person(Random random) => Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)];

    public static string Company(Random random, string place) => $"{place}{Companies[random.Next(Companies.Length)]}{Companies[random.Next(Companies.Length)]}科技有限公司";

    public static string Project(Random random, string company) => $"{company.Replace("科技有限公司", "", StringComparison.Ordinal)}{Kinds[random.Next(Kinds.Length)]}";
}
