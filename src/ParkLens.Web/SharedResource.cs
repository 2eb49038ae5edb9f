namespace ParkLens.Web;

/// <summary>
/// Marker for the UI strings. Keys are the Chinese texts themselves, so zh-CN (the default) needs no resource file;
/// Resources/SharedResource.en.resx holds the English set.
/// </summary>
public sealed class SharedResource;
