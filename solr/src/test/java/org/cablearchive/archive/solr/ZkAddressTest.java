package org.cablearchive.archive.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ZkAddressTest {
  @Test
  void readsHostsAndChroot() {
    assertThat(ZkAddress.parse("zk1:2181,zk2:2181/solr"))
        .isEqualTo(new ZkAddress(List.of("zk1:2181", "zk2:2181"), Optional.of("/solr")));
    assertThat(ZkAddress.parse("127.0.0.1:9983")).isEqualTo(new ZkAddress(List.of("127.0.0.1:9983"), Optional.empty()));
  }

  @Test
  void aMalformedAddressIsRefusedWithTheExpectedForm() {
    assertThatThrownBy(() -> ZkAddress.parse("localhost/solr"))
        .hasMessage("not a ZooKeeper address: 'localhost/solr' (expected host:port[/chroot])");
    assertThatThrownBy(() -> ZkAddress.parse(" ")).hasMessage("no ZooKeeper address: expected host:port[/chroot]");
  }
}
