package org.cablearchive.telegram;

import java.util.ArrayList;
import java.util.List;
import org.cablearchive.model.Addressee;
import org.cablearchive.model.DateTimeGroup;
import org.cablearchive.model.Precedence;
import org.cablearchive.model.RoutingIndicator;

/**
 * Reads the transmission header line by line: transmission id, the DE line, the precedence with its
 * date-time group, and the FM / TO / INFO addressees (one a line until the next label). Old cables
 * start at the precedence line ({@code P R 281848Z DEC 66}) and have no routing indicators. Lines
 * before FM that look like addressees (the internal distribution "INFO LOG-00 NP-00" of partial
 * extracts) are not addressees.
 */
final class HeaderReader {
  static final String PARTIAL_NOTE = "This record is a partial extract of the original cable";

  private enum Block { NONE, FROM, TO, INFO }

  private String transmissionId;
  private Precedence precedence;
  private DateTimeGroup dateTimeGroup;
  private String station;
  private String serial;
  private int sectionNumber;
  private boolean partial;
  private final List<Addressee> from = new ArrayList<>();
  private final List<Addressee> to = new ArrayList<>();
  private final List<Addressee> info = new ArrayList<>();
  private Block block = Block.NONE;

  static TransmissionHeader read(String[] lines) {
    HeaderReader reader = new HeaderReader();
    for (String line : lines) {
      reader.line(line.strip());
    }
    reader.routeSenderFromDeLine();
    return new TransmissionHeader(reader.transmissionId, reader.precedence, reader.dateTimeGroup, reader.station,
        reader.serial, reader.sectionNumber, reader.from, reader.to, reader.info, reader.partial);
  }

  private void line(String line) {
    if (line.isEmpty()) {
      return;
    }
    if (line.startsWith(PARTIAL_NOTE)) {
      partial = true;
    } else if (line.startsWith("VZCZC") && transmissionId == null) {
      transmissionId = TelegramLines.words(line)[0];
    } else if (line.startsWith("DE ") && station == null) {
      deLine(TelegramLines.words(line));
    } else if (dateTimeGroup == null && precedenceLine(TelegramLines.words(line))) {
      block = Block.NONE;
    } else if (line.startsWith("FM ")) {
      block = Block.FROM;
      add(line.substring(3));
    } else if (labelled(line, "TO") && !from.isEmpty()) {
      block = Block.TO;
      add(line.substring(2));
    } else if (labelled(line, "INFO") && !from.isEmpty()) {
      block = Block.INFO;
      add(line.substring(4));
    } else if (line.equals("BT") || line.startsWith("ZEN") || line.startsWith("ZFR")) {
      block = Block.NONE;
    } else {
      add(line);
    }
  }

  /**
   * The FM line names the sender without its routing indicator ({@code FM AMEMBASSY MEXICO}); the DE line
   * gives it ({@code DE RUEHME #3093/01 3002238}: the station the telegram came from).
   */
  private void routeSenderFromDeLine() {
    if (from.size() == 1 && from.get(0).route() == null && station != null && isRoutingIndicator(station)) {
      Addressee sender = from.get(0);
      from.set(0, new Addressee(new RoutingIndicator(station), sender.name(), sender.precedence()));
    }
  }

  /** {@code RUEHME}: five to seven capital letters starting with R. */
  private static boolean isRoutingIndicator(String word) {
    return word.length() >= 5 && word.length() <= 7 && word.charAt(0) == 'R' && upperLetters(word, 0, word.length());
  }

  /** {@code TO RUEHC/…}, or {@code TORUEHC/…} where the space was lost. */
  private static boolean labelled(String line, String label) {
    if (!line.startsWith(label) || line.length() <= label.length()) {
      return false;
    }
    char next = line.charAt(label.length());
    int slash = line.indexOf('/');
    return next == ' ' || (next == 'R' && slash > label.length() + 3 && slash < label.length() + 9);
  }

  /** {@code DE RUEHME #3093/01 3002238}: the relaying station, the serial and the section. */
  private void deLine(String[] tokens) {
    if (tokens.length < 3 || !tokens[2].startsWith("#")) {
      return;
    }
    station = tokens[1];
    String number = tokens[2].substring(1);
    int slash = number.indexOf('/');
    serial = slash < 0 ? number : number.substring(0, slash);
    if (slash >= 0) {
      sectionNumber = parseSmall(number.substring(slash + 1));
    }
  }

  /** {@code R 272238Z OCT 09} or {@code P R 281848Z DEC 66}: precedence letters, then the date-time group. */
  private boolean precedenceLine(String[] tokens) {
    int at = 0;
    while (at < tokens.length && at < 2 && tokens[at].length() == 1 && "ZOPR".indexOf(tokens[at].charAt(0)) >= 0) {
      at++;
    }
    if (at == 0 || !DateTimeGroups.isGroup(tokens, at)) {
      return false;
    }
    precedence = Precedence.fromLetter(tokens[0].charAt(0)).orElse(null);
    dateTimeGroup = new DateTimeGroup(tokens[at] + " " + tokens[at + 1] + " " + tokens[at + 2]);
    return true;
  }

  /** Adds an addressee to the block being read; a page mark is none, and XMT (not sent to) ends the block. */
  private void add(String text) {
    String t = text.strip();
    if (TelegramLines.startsWithWord(t, "XMT")) {
      block = Block.NONE;
    }
    if (block == Block.NONE || CaptionReader.isPageMark(t)) {
      return;
    }
    Addressee addressee = addressee(text);
    if (addressee == null) {
      return;
    }
    switch (block) {
      case FROM -> from.add(addressee);
      case TO -> to.add(addressee);
      case INFO -> info.add(addressee);
      default -> { }
    }
  }

  /** {@code RUEHC/SECSTATE WASHDC IMMEDIATE 8786} → route, name, precedence; the serial is dropped. */
  static Addressee addressee(String text) {
    String rest = text.strip();
    RoutingIndicator route = null;
    int slash = rest.indexOf('/');
    if (slash >= 4 && slash <= 8 && upperLetters(rest, 0, slash) && rest.charAt(0) == 'R') {
      route = new RoutingIndicator(rest.substring(0, slash));
      rest = rest.substring(slash + 1);
    }
    List<String> words = new ArrayList<>(List.of(TelegramLines.words(rest.strip())));
    Precedence precedence = null;
    while (!words.isEmpty()) {
      String last = words.get(words.size() - 1);
      if (TelegramLines.isDigits(last)) {
        words.remove(words.size() - 1);
      } else if (precedence == null && Precedence.fromWord(last).isPresent()) {
        precedence = Precedence.fromWord(last).get();
        words.remove(words.size() - 1);
        if (!words.isEmpty() && words.get(words.size() - 1).equals("NIACT")) {
          words.remove(words.size() - 1);
        }
      } else {
        break;
      }
    }
    String name = String.join(" ", words).strip();
    return name.isEmpty() ? null : new Addressee(route, name, precedence);
  }

  private static boolean upperLetters(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  private static int parseSmall(String digits) {
    int n = 0;
    for (int i = 0; i < digits.length() && i < 4 && Character.isDigit(digits.charAt(i)); i++) {
      n = n * 10 + (digits.charAt(i) - '0');
    }
    return n;
  }
}
