package org.cablearchive.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cables}: the entry point. */
@Command(
    name = "cables",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Cable Archive: import, search and read diplomatic cables.",
    subcommands = {
      DemoCommand.class,
      ImportCommand.class,
      ReparseCommand.class,
      EmbedCommand.class,
      RelateCommand.class,
      ExportCommand.class,
      ParseCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      StatsCommand.class,
      ServeCommand.class,
      GenerateCommand.class,
      SolrInitCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CablesCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new CablesCommand());
    cl.setExecutionExceptionHandler(new FailureHandler());
    return cl;
  }
}
