using System.CommandLine;
using Signpost.Cli.Output;
using Signpost.Matching;
using Signpost.Rendering;

namespace Signpost.Cli.Commands;

/// <summary><c>signpost lookup [TEXT]</c>: the known entry for an error text or a whole log.</summary>
internal static class LookupCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "The error text or log; stdin when absent or '-'.", Arity = ArgumentArity.ZeroOrOne };
        var top = new Option<int>("--top") { Description = "How many matches to show (1-50).", DefaultValueFactory = _ => 5 };
        var env = new Option<string[]>("--env") { Description = "Your environment, key=value (repeatable): os=linux, node=20.11.0." };
        var batch = new Option<string?>("--batch") { Description = "JSONL file of {\"query\": ...} lines ('-' for stdin); prints one JSON result a line." };
        var command = new Command("lookup", "Find the known entry for an error text or a whole log.")
        {
            text, CommonOptions.Format, CommonOptions.Lang, top, env, batch, CommonOptions.Corpus,
        };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(top);
            if (count is < 1 or > 50)
            {
                throw new UsageException($"--top {count} is out of range; use 1 to 50");
            }
            var options = new LookupOptions { Top = count, Env = LookupInput.Env(parse.GetValue(env) ?? []) };
            var batchFile = parse.GetValue(batch);
            var queries = batchFile is null ? null : LookupInput.Batch(batchFile);
            var single = batchFile is null ? LookupInput.Text(parse.GetValue(text)) : null;
            var kb = CliCorpus.Load(parse);
            if (queries is not null)
            {
                return RunBatch(kb, queries, options);
            }
            var result = kb.Matcher.Match(single!, options);
            var lang = parse.GetValue(CommonOptions.Lang)!;
            var format = parse.GetValue(CommonOptions.Format);
            if (format == "text")
            {
                ResultText.Write(Terminal.Out, result, kb.Corpus, lang);
                return result.Matches.Count > 0 ? ExitCodes.Found : ExitCodes.NothingKnown;
            }
            Console.Out.Write(format switch
            {
                "json" => ResultJson.Write(result, indented: true) + "\n",
                _ => ResultMarkdown.Render(result, kb.Corpus, lang),
            });
            return result.Matches.Count > 0 ? ExitCodes.Found : ExitCodes.NothingKnown;
        });
        return command;
    }

    private static int RunBatch(KnowledgeBase kb, List<string> queries, LookupOptions options)
    {
        var found = 0;
        using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        foreach (var query in queries)
        {
            var result = kb.Matcher.Match(query, options);
            found += result.Matches.Count > 0 ? 1 : 0;
            output.WriteLine(ResultJson.Write(result));
        }
        output.Flush();
        return found > 0 ? ExitCodes.Found : ExitCodes.NothingKnown;
    }
}
