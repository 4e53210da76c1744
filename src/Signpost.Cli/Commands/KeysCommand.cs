using System.CommandLine;
using System.Text.RegularExpressions;
using Signpost.Submissions;

namespace Signpost.Cli.Commands;

/// <summary><c>signpost keys create --name NAME</c>: a reviewer key, shown once and stored hashed.</summary>
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
        return new Command("keys", Description) { create };
    }

    [GeneratedRegex(@"^[A-Za-z0-9 ._-]{1,60}$")]
    private static partial Regex Name();
}
