package org.cablearchive.network;

import java.util.List;
import java.util.Map;
import org.cablearchive.model.ReferenceId;

/**
 * One person the cables name in their structured fields, with every spelling merged into them.
 *
 * @param slug the address of the person's page ({@code carlos-pascual}, {@code scobey-cairo})
 * @param name the name as shown: the fullest spelling ({@code Gene A. Cretz}), or a surname alone
 * @param context for a person known by a surname only, where ({@code signing at Embassy Cairo}); else empty
 * @param spellings every spelling as written, most used first ("also written as")
 * @param merges why each spelling was taken to be this person, one sentence each
 * @param cables the cables of each role, newest first
 * @param posts where the person signed or classified cables, with the titles given, earliest first
 * @param years how many cables name the person in each year
 * @param phrases what a text calls the person by, for finding mentions (full names only; empty for a surname)
 */
public record Person(
    String slug,
    String name,
    String context,
    List<Spelling> spellings,
    List<String> merges,
    Map<Role, List<ReferenceId>> cables,
    List<Term> posts,
    Map<Integer, Integer> years,
    List<String> phrases) {

  /** One way the cables write the name, in one role, and on how many cables. */
  public record Spelling(String text, Role role, int cables) {}

  /** A post where the person signed or classified cables: its station, its name, the years, the titles. */
  public record Term(String station, String post, int from, int to, List<String> titles, int cables) {}

  /** How many cables name the person in any role. */
  public int total() {
    return years.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Whether only a surname is known (so no text can be searched for mentions). */
  public boolean surnameOnly() {
    return phrases.isEmpty();
  }
}
