namespace ParkLens.Core.Access.Domain;

/// <summary>A demo account's password, kept only in a demo database so the login page can show it.</summary>
internal sealed class DemoCredential
{
    public int Id { get; set; }

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    public string Description { get; set; } = "";
}
