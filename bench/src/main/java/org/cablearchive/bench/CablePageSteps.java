package org.cablearchive.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablearchive.archive.lucene.LuceneArchive;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.web.Pages;
import org.cablearchive.web.cable.CableController;
import org.cablearchive.web.cable.CablePageBuilder;
import org.cablearchive.web.lookup.Glossary;
import org.cablearchive.web.lookup.RoutingIndicators;

/**
 * Where a cable page's first view spends its time: each of many different cables rendered once as the
 * reading room renders a page it does not hold in its page memory, and the archive's look-ups behind it
 * timed on their own (the cable with its versions and citing cables, related cables, which of the IDs it
 * cites the archive holds), in wall time and in the timing thread's processor time. The network is built first, as a read-only archive's warming builds it.
 *
 * <p>{@code CablePageSteps DATA_DIR OUT.json [CABLES]}: the cables are spread over the reference graph's
 * held nodes; a warm-up pass over other cables first.
 */
public final class CablePageSteps {
  /**
   * Each step's processor time on the timing thread, beside its wall time: on a machine shared with other
   * work the wall time is mostly waiting for a core. (A view of more than 100,000 documents searches its
   * slices on other threads too, which this leaves out.)
   */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CablePageSteps() {}

  @FunctionalInterface
  private interface Step {
    void run(ReferenceId id) throws IOException;
  }

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int count = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    try (LuceneArchive archive = LuceneArchive.openReadOnly(data)) {
      CableNetwork network = archive.network();
      List<ReferenceId> held = new ArrayList<>();
      network.forEachNode(s -> {
        if (s.held() && s.id().equals(s.document())) {
          held.add(s.id());
        }
      });
      CableController controller = new CableController(archive, new Pages(),
          new CablePageBuilder(Glossary.bundled(), RoutingIndicators.bundled()), null, null);
      Map<String, Step> steps = new LinkedHashMap<>();
      steps.put("find (versions and citing cables)", archive::find);
      steps.put("related (8)", id -> archive.related(id, 8));
      steps.put("cited IDs held", id -> archive.held(network.cites(id)));
      steps.put("whole page", id -> controller.render(id, null, "http://localhost"));
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("cables", count);
      report.put("load", java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip());
      for (Map.Entry<String, Step> step : steps.entrySet()) {
        // every step sees cables the others did not: a first view of each, never a cached one
        List<ReferenceId> warm = pick(held, count, 1 + 2 * new ArrayList<>(steps.keySet()).indexOf(step.getKey()));
        List<ReferenceId> timed = pick(held, count, 2 + 2 * new ArrayList<>(steps.keySet()).indexOf(step.getKey()));
        for (ReferenceId id : warm) {
          step.getValue().run(id);
        }
        long[] nanos = new long[timed.size()];
        long[] cpuNanos = new long[timed.size()];
        for (int i = 0; i < timed.size(); i++) {
          long cpu = THREADS.getCurrentThreadCpuTime();
          long t = System.nanoTime();
          step.getValue().run(timed.get(i));
          nanos[i] = System.nanoTime() - t;
          cpuNanos[i] = THREADS.getCurrentThreadCpuTime() - cpu;
        }
        Latency latency = Latency.of(nanos);
        Latency cpu = Latency.of(cpuNanos);
        System.out.printf("%s: %d cables, p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, mean %.3f ms;"
            + " processor time p50 %.3f ms, p99 %.3f ms, mean %.3f ms%n", step.getKey(), nanos.length,
            latency.p50(), latency.p95(), latency.p99(), latency.mean(), cpu.p50(), cpu.p99(), cpu.mean());
        report.put(step.getKey(), latency);
        report.put(step.getKey() + ", processor time", cpu);
      }
      JsonFile.write(out, report);
    }
  }

  /** Every 7th held cable from {@code offset}, at most {@code count}. */
  private static List<ReferenceId> pick(List<ReferenceId> held, int count, int offset) {
    List<ReferenceId> chosen = new ArrayList<>();
    for (int i = offset; i < held.size() && chosen.size() < count; i += 7) {
      chosen.add(held.get(i));
    }
    return chosen;
  }
}
