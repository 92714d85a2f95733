package org.cablearchive.network;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.model.Addressee;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;

/**
 * What the network needs of one cable: its structured fields, and nothing of its text. An archive keeps
 * these beside each current cable ({@link #encode()}), so that building the network reads a few hundred
 * bytes per cable rather than decompressing every body.
 *
 * @param id the cable
 * @param created when it was written, or null
 * @param origin the post as the release names it ({@code Embassy Mexico}), or null
 * @param sender the FM line's station ({@code AMEMBASSY MEXICO}), or null
 * @param signers the signers as written
 * @param classifiedBy the classifying officer as written, or null
 * @param classifiedByTitle the officer's title as written, or null
 * @param tags every tag, person tags included
 * @param to the TO addressees
 * @param info the INFO addressees
 * @param cites the IDs of the cables it references
 * @param senderRoute the sender's routing indicator (the DE line's station, {@code RUEHME}), or null
 */
public record CableFacts(
    ReferenceId id,
    Instant created,
    String origin,
    String sender,
    List<String> signers,
    String classifiedBy,
    String classifiedByTitle,
    List<String> tags,
    List<Station> to,
    List<Station> info,
    List<ReferenceId> cites,
    String senderRoute) {

  /** Most addressees kept per list: collective lists run to a few hundred, and only posts matter here. */
  static final int MAX_ADDRESSEES = 400;
  /** Format 2 adds the sender's routing indicator at the end; format 1 (without it) is still read. */
  private static final int FORMAT = 2;

  /** An addressee of the header: its routing indicator (or null) and its name as written. */
  public record Station(String route, String name) {}

  public CableFacts {
    signers = List.copyOf(signers);
    tags = List.copyOf(tags);
    to = List.copyOf(to);
    info = List.copyOf(info);
    cites = List.copyOf(cites);
  }

  public static CableFacts of(Cable cable) {
    Addressee from = cable.from().isEmpty() ? null : cable.from().get(0);
    return new CableFacts(cable.documentId(), cable.created(), cable.origin(), from == null ? null : from.name(),
        cable.signers(), cable.classifiedBy(), cable.classifiedByTitle(), cable.tags(), stations(cable.to()),
        stations(cable.info()), cable.citedIds(), from == null || from.route() == null ? null : from.route().code());
  }

  private static List<Station> stations(List<Addressee> addressees) {
    List<Station> stations = new ArrayList<>(Math.min(addressees.size(), MAX_ADDRESSEES));
    for (Addressee a : addressees) {
      if (stations.size() == MAX_ADDRESSEES) {
        break;
      }
      if (a.name() != null && !a.name().isBlank()) {
        stations.add(new Station(a.route() == null ? null : a.route().code(), a.name()));
      }
    }
    return stations;
  }

  /** A compact binary form (a format number, then each field in order). */
  public byte[] encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      out.writeUTF(id.value());
      out.writeLong(created == null ? Long.MIN_VALUE : created.toEpochMilli());
      text(out, origin);
      text(out, sender);
      texts(out, signers);
      text(out, classifiedBy);
      text(out, classifiedByTitle);
      texts(out, tags);
      stations(out, to);
      stations(out, info);
      out.writeShort(cites.size());
      for (ReferenceId cited : cites) {
        out.writeUTF(cited.value());
      }
      text(out, senderRoute);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Reads what {@link #encode()} wrote. */
  public static CableFacts decode(byte[] bytes, int offset, int length) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length))) {
      int format = in.readByte();
      if (format != 1 && format != FORMAT) {
        throw new IllegalArgumentException("cable facts in format " + format + ", this version reads 1 and " + FORMAT);
      }
      ReferenceId id = new ReferenceId(in.readUTF());
      long created = in.readLong();
      String origin = text(in);
      String sender = text(in);
      List<String> signers = texts(in);
      String classifiedBy = text(in);
      String title = text(in);
      List<String> tags = texts(in);
      List<Station> to = stations(in);
      List<Station> info = stations(in);
      int citeCount = in.readUnsignedShort();
      List<ReferenceId> cites = new ArrayList<>(citeCount);
      for (int i = 0; i < citeCount; i++) {
        cites.add(new ReferenceId(in.readUTF()));
      }
      String senderRoute = format >= 2 ? text(in) : null;
      return new CableFacts(id, created == Long.MIN_VALUE ? null : Instant.ofEpochMilli(created), origin, sender,
          signers, classifiedBy, title, tags, to, info, cites, senderRoute);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(DataOutputStream out, String text) throws IOException {
    out.writeBoolean(text != null);
    if (text != null) {
      out.writeUTF(text.length() > 2000 ? text.substring(0, 2000) : text);
    }
  }

  private static String text(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static void texts(DataOutputStream out, List<String> texts) throws IOException {
    out.writeShort(Math.min(texts.size(), MAX_ADDRESSEES));
    for (int i = 0; i < Math.min(texts.size(), MAX_ADDRESSEES); i++) {
      text(out, texts.get(i));
    }
  }

  private static List<String> texts(DataInputStream in) throws IOException {
    int n = in.readUnsignedShort();
    List<String> texts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String t = text(in);
      texts.add(t == null ? "" : t);
    }
    return texts;
  }

  private static void stations(DataOutputStream out, List<Station> stations) throws IOException {
    out.writeShort(stations.size());
    for (Station s : stations) {
      text(out, s.route());
      text(out, s.name());
    }
  }

  private static List<Station> stations(DataInputStream in) throws IOException {
    int n = in.readUnsignedShort();
    List<Station> stations = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      stations.add(new Station(text(in), text(in)));
    }
    return stations;
  }
}
