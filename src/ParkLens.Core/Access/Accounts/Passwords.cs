using System.Security.Cryptography;

namespace ParkLens.Core.Access.Accounts;

internal static class Passwords
{
    private const string Letters = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";
    private const string All = Letters + Digits + "ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>A random password that meets the policy (≥ 10 characters, a digit and a lower-case letter).</summary>
    public static string Generate(int length = 16)
    {
        var chars = new char[length];
        chars[0] = Letters[RandomNumberGenerator.GetInt32(Letters.Length)];
        chars[1] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        for (var i = 2; i < length; i++)
        {
            chars[i] = All[RandomNumberGenerator.GetInt32(All.Length)];
        }
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
