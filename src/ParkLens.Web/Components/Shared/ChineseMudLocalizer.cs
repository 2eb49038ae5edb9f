using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ParkLens.Web.Components.Shared;

/// <summary>MudBlazor's built-in texts (pagers, clear buttons) in Chinese when the UI culture is zh.</summary>
internal sealed class ChineseMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Zh = new()
    {
        ["MudDataGridPager_RowsPerPage"] = "每页行数：",
        ["MudDataGridPager_InfoFormat"] = "第 {0}—{1} 条，共 {2} 条",
        ["MudDataGridPager_AllItems"] = "全部",
        ["MudDataGridPager_FirstPage"] = "首页",
        ["MudDataGridPager_PreviousPage"] = "上一页",
        ["MudDataGridPager_NextPage"] = "下一页",
        ["MudDataGridPager_LastPage"] = "末页",
        ["MudTablePager_FirstPage"] = "首页",
        ["MudTablePager_PreviousPage"] = "上一页",
        ["MudTablePager_NextPage"] = "下一页",
        ["MudTablePager_LastPage"] = "末页",
        ["MudDataGrid_Loading"] = "加载中……",
        ["MudDataGrid_Sort"] = "排序",
        ["MudDataGrid_Unsort"] = "取消排序",
        ["MudInput_Clear"] = "清除",
        ["MudAlert_Close"] = "关闭",
        ["MudChip_Close"] = "移除",
    };

    public override LocalizedString this[string key] =>
        ParkLens.Core.Common.UiLanguage.IsChinese && Zh.TryGetValue(key, out var text)
            ? new LocalizedString(key, text)
            : new LocalizedString(key, key, resourceNotFound: true);
}
