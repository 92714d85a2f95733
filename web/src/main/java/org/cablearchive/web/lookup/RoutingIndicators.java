package org.cablearchive.web.lookup;

import java.util.Optional;
import org.cablearchive.model.RoutingIndicator;

/** Station names of routing indicators ({@code RUEHME} → {@code AMEMBASSY MEXICO}). */
public final class RoutingIndicators {
  private final LookupTable stations;

  private RoutingIndicators(LookupTable stations) {
    this.stations = stations;
  }

  /** The table bundled with the reading room (routing-indicators.csv). */
  public static RoutingIndicators bundled() {
    return new RoutingIndicators(LookupTable.read("routing-indicators.csv", ','));
  }

  public Optional<String> station(RoutingIndicator route) {
    return route == null ? Optional.empty() : stations.get(route.code());
  }

  public int size() {
    return stations.size();
  }
}
