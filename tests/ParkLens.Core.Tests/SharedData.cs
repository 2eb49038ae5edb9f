namespace ParkLens.Core.Tests;

/// <summary>Reference copies in ../shared/data beside the repository, read by tests only.</summary>
internal static class SharedData
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(RepoRoot, "..", "shared", "data", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ParkLens.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ParkLens.slnx not found above " + AppContext.BaseDirectory);
    }
}
