package org.cablearchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line built for one subcommand behaves as the whole one does for it. */
class CablesCommandTest {

  @Test
  void aNamedSubcommandIsBuiltAloneWithTheSameOptionsAndHelp() {
    CommandLine whole = CablesCommand.commandLine();
    for (String name : whole.getSubcommands().keySet()) {
      CommandLine alone = CablesCommand.commandLine(name);
      if (name.equals("help")) {
        assertThat(alone.getSubcommands().keySet()).isEqualTo(whole.getSubcommands().keySet());
        continue;
      }
      assertThat(alone.getSubcommands().keySet()).as(name).containsExactly(name);
      assertThat(alone.getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF)).as(name)
          .isEqualTo(whole.getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF));
    }
  }

  @Test
  void anythingElseBuildsEverySubcommand() {
    Set<String> all = CablesCommand.commandLine().getSubcommands().keySet();
    assertThat(all).contains("demo", "import", "serve", "search", "help", "rehearse");
    for (String first : new String[] {"", "--help", "--version", "serv", "help"}) {
      assertThat(CablesCommand.commandLine(first).getSubcommands().keySet()).as(first).isEqualTo(all);
    }
    String usage = CablesCommand.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);
    assertThat(usage).contains("  serve ").contains("  demo ").doesNotContain("rehearse");
  }
}
