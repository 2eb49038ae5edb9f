using System.Text;

namespace ParkLens.IntegrationTests.Infrastructure;

internal static class Files
{
    public static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

    public static string RepoRoot { get; } = FindRoot();

    public static string ArtifactsDirectory
    {
        get
        {
            var dir = Path.Combine(RepoRoot, "artifacts", "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParkLens.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ParkLens.slnx not found");
    }
}
