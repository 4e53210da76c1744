using System.CommandLine;
using System.Text.RegularExpressions;
using Signpost.Submissions;

namespace Signpost.Cli.Commands;

/// <summary>
/// <c>signpost keys create --name NAME</c>: a reviewer key, shown once and stored hashed;
/// <c>signpost keys revoke --name NAME</c>: that key stops opening the review routes.
/// </summary>
internal static partial class KeysCommand
{
    /// <summary>The command's help line (the native executable lists it too).</summary>
    public const string Description = "Manage reviewer keys.";

    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "Who the key is for (letters, digits, . _ - and spaces; unique).", Required = true };
        var create = new Command("create", "Make a reviewer key; it is shown once and only its hash is stored.") { name, CommonOptions.Db };
        create.SetAction(async (parse, cancellationToken) =>
        {
            var who = parse.GetValue(name)!.Trim();
            if (!Name().IsMatch(who))
            {
                throw new UsageException($"--name '{who}' is not a reviewer name: use 1-60 letters, digits, spaces, '.', '_' or '-'");
            }
            await using var store = await CliState.OpenAsync(parse, cancellationToken).ConfigureAwait(false);
            var key = ReviewerKeys.NewKey();
            if (!await store.AddReviewerKeyAsync(who, ReviewerKeys.Hash(key), cancellationToken).ConfigureAwait(false))
            {
                throw new UsageException($"a reviewer named '{who}' already has a key; pick another --name");
            }
            await Console.Out.WriteLineAsync(key).ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"Reviewer key for '{who}' stored in {store.Describe()}. It is shown only now; send it as 'Authorization: Bearer KEY' on /api/v1/review routes.").ConfigureAwait(false);
            return 0;
        });
        return new Command("keys", Description) { create, Revoke() };
    }

    private static Command Revoke()
    {
        var name = new Option<string>("--name") { Description = "The reviewer whose key to revoke.", Required = true };
        var revoke = new Command("revoke", "Revoke a reviewer's key: it stops opening the review routes at once.") { name, CommonOptions.Db };
        revoke.SetAction(async (parse, cancellationToken) =>
        {
            var who = parse.GetValue(name)!.Trim();
            await using var store = await CliState.OpenAsync(parse, cancellationToken).ConfigureAwait(false);
            if (!await store.RevokeReviewerKeyAsync(who, cancellationToken).ConfigureAwait(false))
            {
                throw new UsageException($"no reviewer named '{who}' has a key in {store.Describe()}; check the name");
            }
            await Console.Error.WriteLineAsync($"Reviewer key for '{who}' revoked in {store.Describe()}.").ConfigureAwait(false);
            return 0;
        });
        return revoke;
    }

    [GeneratedRegex(@"^[A-Za-z0-9 ._-]{1,60}$")]
    private static partial Regex Name();
}
