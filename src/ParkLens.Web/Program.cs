using ParkLens.Web;

await WebApp.Build(args).RunAsync();

/// <summary>Entry point type, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
