namespace ParkLens.Core.Investments.ImportProjects;

/// <summary>The columns of the project list file (项目清单), shared by the import and the export so a file round-trips.</summary>
public static class ProjectColumns
{
    public const string Name = "项目名称";
    public const string Investor = "投资方";
    public const string SubPark = "子园区";
    public const string Chain = "产业链";
    public const string Segment = "环节";
    public const string Source = "招商方式";
    public const string Total = "总投资(万元)";
    public const string FixedAssets = "固定资产投资(万元)";
    public const string Foreign = "外资金额";
    public const string Currency = "外资币种";
    public const string LandMu = "用地需求(亩)";
    public const string FloorM2 = "用房需求(㎡)";
    public const string Output = "预计年产值(万元)";
    public const string Tax = "预计年税收(万元)";
    public const string Jobs = "预计就业(人)";
    public const string LeadOfficial = "挂帅领导";
    public const string Commissioner = "专员";
    public const string Department = "责任部门";
    public const string Priority = "重点级别";
    public const string Route = "建设方式";
    public const string Stage = "当前阶段";
    public const string StageDate = "阶段日期";
    public const string ListName = "清单名称";
    public const string ListYear = "清单年度";
    public const string YearPlan = "年度计划投资(万元)";
    public const string PlanSign = "计划签约日期";
    public const string PlanStart = "计划开工日期";
    public const string PlanProduction = "计划投产日期";
    public const string PlanFullOutput = "计划达产日期";
    public const string Note = "备注";

    public static readonly IReadOnlyList<string> All =
    [
        Name, Investor, SubPark, Chain, Segment, Source, Total, FixedAssets, Foreign, Currency, LandMu, FloorM2, Output, Tax, Jobs,
        LeadOfficial, Commissioner, Department, Priority, Route, Stage, StageDate, ListName, ListYear, YearPlan, PlanSign, PlanStart,
        PlanProduction, PlanFullOutput, Note,
    ];

    public static readonly IReadOnlyList<string> Required = [Name, Investor];
}
