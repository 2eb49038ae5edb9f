using ParkLens.Core.Common;
using ParkLens.Core.LandEfficiency.IdleSpace.Domain;

namespace ParkLens.Core.LandEfficiency.IdleSpace.Rules;

/// <summary>The Chinese and English names of the inventory's terms.</summary>
public static class SpaceTerms
{
    public static string Kind(SpaceKind kind) => kind switch
    {
        SpaceKind.Plant => UiLanguage.Pick("厂房", "plant"),
        SpaceKind.Warehouse => UiLanguage.Pick("仓库", "warehouse"),
        SpaceKind.Office => UiLanguage.Pick("办公", "offices"),
        _ => UiLanguage.Pick("土地", "land"),
    };

    public static string Status(SpaceStatus status) => status switch
    {
        SpaceStatus.Idle => UiLanguage.Pick("闲置", "idle"),
        SpaceStatus.Disposal => UiLanguage.Pick("整治/司法处置", "in remediation / court disposal"),
        SpaceStatus.Listed => UiLanguage.Pick("招租", "for lease"),
        SpaceStatus.Reserved => UiLanguage.Pick("已预订", "reserved"),
        _ => UiLanguage.Pick("已租", "leased"),
    };

    /// <summary>甲乙丙丁戊 in Chinese; class A–E in English.</summary>
    public static string Fire(FireClass fire) => fire switch
    {
        FireClass.Jia => UiLanguage.Pick("甲类", "class A (甲)"),
        FireClass.Yi => UiLanguage.Pick("乙类", "class B (乙)"),
        FireClass.Bing => UiLanguage.Pick("丙类", "class C (丙)"),
        FireClass.Ding => UiLanguage.Pick("丁类", "class D (丁)"),
        _ => UiLanguage.Pick("戊类", "class E (戊)"),
    };

    public static string Disposal(DisposalRoute route) => route switch
    {
        DisposalRoute.Lease => UiLanguage.Pick("租赁", "lease"),
        DisposalRoute.Transfer => UiLanguage.Pick("转让", "transfer"),
        DisposalRoute.JudicialAuction => UiLanguage.Pick("司法拍卖", "judicial auction"),
        DisposalRoute.Repurchase => UiLanguage.Pick("收储", "government repurchase"),
        _ => UiLanguage.Pick("腾笼换鸟", "swap the birds (replace the occupant)"),
    };
}
