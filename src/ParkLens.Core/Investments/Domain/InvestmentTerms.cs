using ParkLens.Core.Common;

namespace ParkLens.Core.Investments.Domain;

/// <summary>Names of the pipeline's terms in both UI languages; the Chinese ones are also the import file's values.</summary>
public static class InvestmentTerms
{
    public static readonly IReadOnlyDictionary<ProjectStage, (string Zh, string En)> Stages = new Dictionary<ProjectStage, (string, string)>
    {
        [ProjectStage.Lead] = ("线索", "lead"),
        [ProjectStage.Negotiating] = ("洽谈", "negotiating"),
        [ProjectStage.Contracted] = ("签约", "signed"),
        [ProjectStage.Registered] = ("注册", "registered"),
        [ProjectStage.SiteSecured] = ("供地/租赁", "land or lease secured"),
        [ProjectStage.ConstructionStarted] = ("开工", "construction started"),
        [ProjectStage.ToppedOut] = ("主体封顶", "topped out"),
        [ProjectStage.Completed] = ("竣工", "completed"),
        [ProjectStage.InProduction] = ("投产", "in production"),
        [ProjectStage.FullOutput] = ("达产", "full output"),
        [ProjectStage.Suspended] = ("暂停", "suspended"),
        [ProjectStage.Terminated] = ("终止", "terminated"),
    };

    public static readonly IReadOnlyDictionary<ProjectSource, (string Zh, string En)> Sources = new Dictionary<ProjectSource, (string, string)>
    {
        [ProjectSource.ChainTargeting] = ("产业链招商", "chain targeting"),
        [ProjectSource.ViaInvestors] = ("以商招商", "through existing investors"),
        [ProjectSource.Online] = ("云招商", "online promotion"),
        [ProjectSource.Fair] = ("展会", "trade fair"),
        [ProjectSource.IdleSpace] = ("闲置厂房", "idle space"),
        [ProjectSource.Expansion] = ("增资扩产", "expansion of a local firm"),
        [ProjectSource.Other] = ("其他", "other"),
    };

    public static readonly IReadOnlyDictionary<ProjectPriority, (string Zh, string En)> Priorities = new Dictionary<ProjectPriority, (string, string)>
    {
        [ProjectPriority.Ordinary] = ("一般", "ordinary"),
        [ProjectPriority.District] = ("区重点", "district key project"),
        [ProjectPriority.City] = ("市重点", "city key project"),
        [ProjectPriority.Province] = ("省重点", "provincial key project"),
        [ProjectPriority.National] = ("国家重大", "national major project"),
    };

    public static readonly IReadOnlyDictionary<SpaceRoute, (string Zh, string En)> Routes = new Dictionary<SpaceRoute, (string, string)>
    {
        [SpaceRoute.NewBuild] = ("拿地新建", "new build on own land"),
        [SpaceRoute.Lease] = ("租赁厂房", "leased buildings"),
    };

    public static readonly IReadOnlyDictionary<PreStartItem, (string Zh, string En)> ChecklistItems = new Dictionary<PreStartItem, (string, string)>
    {
        [PreStartItem.Registration] = ("项目公司注册", "project company registered"),
        [PreStartItem.Approval] = ("立项/备案", "project approval or filing"),
        [PreStartItem.Design] = ("方案设计", "scheme design"),
        [PreStartItem.DrawingReview] = ("施工图审查", "construction drawing review"),
        [PreStartItem.EnvironmentalAssessment] = ("环评批复", "environmental assessment"),
        [PreStartItem.EnergyAssessment] = ("节能审查", "energy review"),
        [PreStartItem.ConstructionPermit] = ("施工许可", "construction permit"),
    };

    /// <summary>The stages of the main line, in order (暂停 and 终止 are not on it).</summary>
    public static readonly IReadOnlyList<ProjectStage> MainLine = Enum.GetValues<ProjectStage>().Where(s => s <= ProjectStage.FullOutput).ToArray();

    public static string Stage(ProjectStage stage) => Pick(Stages[stage]);

    public static string Source(ProjectSource source) => Pick(Sources[source]);

    public static string Priority(ProjectPriority priority) => Pick(Priorities[priority]);

    public static string Route(SpaceRoute route) => Pick(Routes[route]);

    public static string Checklist(PreStartItem item) => Pick(ChecklistItems[item]);

    public static bool IsClosed(ProjectStage stage) => stage is ProjectStage.FullOutput or ProjectStage.Terminated;

    private static string Pick((string Zh, string En) term) => UiLanguage.Pick(term.Zh, term.En);
}
