package org.cablearchive.archive.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a SolrCloud's ZooKeeper ensemble listens, as Solr writes it:
 * {@code host:port[,host:port...][/chroot]}.
 *
 * @param hosts the {@code host:port} of each ZooKeeper server
 * @param chroot the path the cluster lives under, e.g. {@code /solr}, if any
 */
public record ZkAddress(List<String> hosts, Optional<String> chroot) {
  public ZkAddress {
    hosts = List.copyOf(hosts);
  }

  /** Reads {@code host:port[,host:port...][/chroot]}; a clear message names what is wrong. */
  public static ZkAddress parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("no ZooKeeper address: expected host:port[/chroot]");
    }
    String trimmed = text.trim();
    int slash = trimmed.indexOf('/');
    String hostList = slash < 0 ? trimmed : trimmed.substring(0, slash);
    Optional<String> chroot = slash < 0 || slash == trimmed.length() - 1
        ? Optional.empty() : Optional.of(trimmed.substring(slash));
    List<String> hosts = Arrays.stream(hostList.split(",")).map(String::trim).toList();
    for (String host : hosts) {
      if (!host.matches("[^:\\s]+:\\d{1,5}")) {
        throw new IllegalArgumentException("not a ZooKeeper address: '" + text + "' (expected host:port[/chroot])");
      }
    }
    return new ZkAddress(hosts, chroot);
  }

  @Override
  public String toString() {
    return String.join(",", hosts) + chroot.orElse("");
  }
}
