package io.github.relata.bench.perf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Describes the machine a run comes from, in one line for reports. */
final class Machine {

  private Machine() {}

  /** Returns e.g. {@code "2 cores (Intel Xeon ...), 24 GiB RAM, Linux 6.1, OpenJDK 64-Bit Server VM 17.0.15, load 1.2 at start"}. */
  static String describe() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    StringBuilder line = new StringBuilder();
    line.append(Runtime.getRuntime().availableProcessors()).append(" cores");
    cpuModel().ifPresent(model -> line.append(" (").append(model).append(')'));
    if (os instanceof com.sun.management.OperatingSystemMXBean memory) {
      line.append(String.format(Locale.ROOT, ", %.0f GiB RAM", memory.getTotalMemorySize() / (double) (1L << 30)));
    }
    line.append(", ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"));
    line.append(", ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version"));
    double load = os.getSystemLoadAverage();
    if (load >= 0) {
      line.append(String.format(Locale.ROOT, ", load average %.1f at start", load));
    }
    return line.toString();
  }

  private static Optional<String> cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip().replaceAll("\\s+", " "))
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
