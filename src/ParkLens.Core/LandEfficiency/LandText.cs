using ParkLens.Core.Common;
using ParkLens.Core.LandEfficiency.Domain;

namespace ParkLens.Core.LandEfficiency;

public static class LandText
{
    public static string Status(RunStatus status) => status switch
    {
        RunStatus.Draft => UiLanguage.Pick("草稿", "draft"),
        RunStatus.Published => UiLanguage.Pick("已发布", "published"),
        RunStatus.Superseded => UiLanguage.Pick("已被更正", "superseded"),
        _ => status.ToString(),
    };
}
