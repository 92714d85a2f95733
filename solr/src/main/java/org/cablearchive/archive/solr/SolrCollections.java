package org.cablearchive.archive.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.ContentStreamBase;

/** Prepares a SolrCloud collection for the archive: uploads the configset and creates the collection. */
public final class SolrCollections {
  /** The name the archive's configset is uploaded under. */
  public static final String CONFIGSET = "cable-archive";
  private static final List<String> CONFIG_FILES = List.of("schema.xml", "solrconfig.xml");

  private SolrCollections() {}

  /**
   * Uploads the archive's configset (replacing an older upload), creates {@code collection} with
   * {@code shards} shards of {@code replicas} replicas each, and waits until every replica is active.
   *
   * @param zkHost the cluster's ZooKeeper, {@code host:port[/chroot]}
   * @throws IllegalArgumentException when the collection exists already or the sizes are not positive
   * @throws IOException when the cluster cannot be reached or refuses
   */
  public static void create(String zkHost, String collection, int shards, int replicas) throws IOException {
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("shards and replicas must be at least 1, not " + shards + " and " + replicas);
    }
    try (SolrClient client = SolrArchive.clientFor(ZkAddress.parse(zkHost))) {
      if (CollectionAdminRequest.listCollections(client).contains(collection)) {
        throw new IllegalArgumentException("collection '" + collection + "' exists already on " + zkHost);
      }
      uploadConfigset(client);
      CollectionAdminRequest.Create create =
          CollectionAdminRequest.createCollection(collection, CONFIGSET, shards, replicas);
      create.setWaitForFinalState(true);
      client.request(create);
    } catch (SolrServerException | SolrException e) {
      throw new IOException("cannot create collection '" + collection + "' on " + zkHost + ": " + e.getMessage(), e);
    }
  }

  /** Uploads the configset shipped with the archive, replacing an earlier upload of it. */
  static void uploadConfigset(SolrClient client) throws IOException, SolrServerException {
    ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
    upload.setConfigSetName(CONFIGSET);
    upload.setOverwrite(true);
    upload.setCleanup(true);
    upload.setUploadStream(new ContentStreamBase.ByteArrayStream(configsetZip(), "configset.zip", "application/zip"));
    client.request(upload);
  }

  /** The configset's files as the zip the Configsets API takes. */
  static byte[] configsetZip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : CONFIG_FILES) {
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream in = SolrCollections.class.getResourceAsStream("/configset/" + name)) {
          if (in == null) {
            throw new IllegalStateException("configset file missing from the build: configset/" + name);
          }
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
