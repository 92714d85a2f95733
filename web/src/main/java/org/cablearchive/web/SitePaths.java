package org.cablearchive.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.cablearchive.model.ReferenceId;

/** The reading room's addresses, built in one place so that pages, feeds and the API agree. */
public final class SitePaths {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private SitePaths() {}

  public static String cable(ReferenceId id) {
    return "/cable/" + id.value();
  }

  public static String paragraph(ReferenceId id, int number) {
    return cable(id) + "#par" + number;
  }

  public static String person(String slug) {
    return "/person/" + segment(slug);
  }

  public static String post(String station) {
    return "/post/" + segment(station);
  }

  public static String thread(ReferenceId id) {
    return cable(id) + "/thread";
  }

  public static String origin(String origin) {
    return "/origin/" + segment(origin);
  }

  public static String tag(String tag) {
    return "/tag/" + segment(tag);
  }

  public static String classification(String label) {
    return "/classification/" + segment(label);
  }

  public static String createdYear(int year) {
    return "/created/" + year;
  }

  /** {@code yearMonth} is {@code YYYY-MM}. */
  public static String createdMonth(String yearMonth) {
    return "/created/" + yearMonth.replace('-', '/');
  }

  public static String created(Instant created) {
    return created == null ? "/created" : createdMonth(DAY.format(created).substring(0, 7));
  }

  public static String released(Instant released) {
    return released == null ? "/released" : "/released/" + DAY.format(released);
  }

  /** A path segment: URL-encoded with spaces as {@code %20} (a {@code +} in a path is a plus). */
  public static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A query parameter value. */
  public static String param(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** How pages show an instant: {@code 2009-10-27 22:38} (UTC), or empty. */
  public static String minute(Instant instant) {
    return instant == null ? "" : MINUTE.format(instant);
  }

  /** {@code 2009-10-27}, or empty. */
  public static String day(Instant instant) {
    return instant == null ? "" : DAY.format(instant);
  }
}
