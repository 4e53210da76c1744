using Signpost.Cli;

return await SignpostCommands.RunAsync(args);
