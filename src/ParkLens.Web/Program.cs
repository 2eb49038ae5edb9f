using ParkLens.Web;

var app = WebApp.Build(args);
await WebApp.PrepareDatabaseAsync(app);
await app.RunAsync();

/// <summary>Entry point type, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
