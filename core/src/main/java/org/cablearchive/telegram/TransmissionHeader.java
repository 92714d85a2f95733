package org.cablearchive.telegram;

import java.util.List;
import org.cablearchive.model.Addressee;
import org.cablearchive.model.DateTimeGroup;
import org.cablearchive.model.Precedence;

/**
 * What the transmission header says.
 *
 * @param transmissionId {@code VZCZCXRO1782}, or null
 * @param precedence the action precedence (the first letter before the date-time group)
 * @param dateTimeGroup {@code 272238Z OCT 09}, or null
 * @param station the relaying station's routing indicator of the DE line ({@code RUEHME}), or null
 * @param serial the serial of the DE line ({@code 3093}), or null
 * @param sectionNumber the section of the DE line ({@code /01} → 1), or 0
 * @param partial whether the header is the partial-extract note
 */
record TransmissionHeader(
    String transmissionId,
    Precedence precedence,
    DateTimeGroup dateTimeGroup,
    String station,
    String serial,
    int sectionNumber,
    List<Addressee> from,
    List<Addressee> to,
    List<Addressee> info,
    boolean partial) {}
