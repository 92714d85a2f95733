package org.cablearchive.network;

import java.util.List;
import org.cablearchive.model.ReferenceId;

/**
 * A post (embassy, consulate, mission, or the Department) as the cables show it: the station of its
 * reference IDs, the origin the release names it by, the name its telegrams are sent under, and its
 * routing indicator as addressees write it.
 *
 * @param station the station part of its reference IDs ({@code MEXICO})
 * @param name the origin as the release names it ({@code Embassy Mexico}), or the station when it sent no held cable
 * @param sender the FM line's name ({@code AMEMBASSY MEXICO}), or empty
 * @param route the routing indicator addressees use for it ({@code RUEHME}), or empty when none is known
 * @param sent the cables it sent, newest first
 * @param receivedTo the cables addressed TO it, newest first
 * @param receivedInfo the cables sent to it for INFO, newest first
 * @param chiefs the people who signed its cables, by year: each year's signers, most cables first
 */
public record Post(
    String station,
    String name,
    String sender,
    String route,
    List<ReferenceId> sent,
    List<ReferenceId> receivedTo,
    List<ReferenceId> receivedInfo,
    List<YearSigners> chiefs) {

  /** The signers of one year at a post. */
  public record YearSigners(int year, int cables, List<Signer> signers) {}

  /** A person and how many of the year's cables they signed. */
  public record Signer(String slug, String name, int cables) {}
}
