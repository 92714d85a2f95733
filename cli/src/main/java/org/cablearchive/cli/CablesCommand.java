package org.cablearchive.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cables}: the entry point. */
@Command(
    name = "cables",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Cable Archive: import, search and read diplomatic cables.")
public final class CablesCommand implements Runnable {
  /** The subcommands, in the order {@code cables --help} lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(DemoCommand.class, ImportCommand.class, ReparseCommand.class,
      EmbedCommand.class, RelateCommand.class, ExportCommand.class, ParseCommand.class, SearchCommand.class,
      ShowCommand.class, StatsCommand.class, ServeCommand.class, GenerateCommand.class, SolrInitCommand.class,
      RehearseCommand.class, CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(commandLine(args.length == 0 ? "" : args[0]).execute(args));
  }

  /** The configured command line with every subcommand, also used by tests. */
  public static CommandLine commandLine() {
    return commandLine("");
  }

  /**
   * The configured command line for arguments starting with {@code first}: when that names a subcommand
   * (other than help), only that one is built. Picocli reads each subcommand's options by reflection as it
   * is added, and reading all of them took a tenth of a server's start (docs/benchmarks.md, "Server start").
   */
  static CommandLine commandLine(String first) {
    CommandLine cl = new CommandLine(new CablesCommand());
    boolean named = !first.equals("help") && SUBCOMMANDS.stream().anyMatch(c -> name(c).equals(first));
    for (Class<?> subcommand : SUBCOMMANDS) {
      if (!named || name(subcommand).equals(first)) {
        cl.addSubcommand(subcommand);
      }
    }
    cl.setExecutionExceptionHandler(new FailureHandler());
    return cl;
  }

  private static String name(Class<?> subcommand) {
    return subcommand.getAnnotation(Command.class).name();
  }
}
