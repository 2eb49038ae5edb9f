using System.Globalization;

namespace ParkLens.Core.Common;

/// <summary>The UI speaks Chinese (the default) or English; messages and terms pick their text by this.</summary>
public static class UiLanguage
{
    public static bool IsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    public static string Pick(string zh, string en) => IsChinese ? zh : en;
}
