package com.orange.api.mmc.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the CSV files of one benchmark run into the tables of docs/benchmarks.md: floor, stub, SDK, the CXF
 * peer on its two conduits, and the ratios SDK/stub, SDK/CXF (default conduit) and SDK/floor. Run: {@code java -cp benchmarks.jar com.orange.api.mmc.benchmarks.BenchmarkReport DIR}
 * where DIR holds {@code sample.csv} (JMH {@code -bm sample -prof gc}, and {@link CpuTimeProfiler} for a CPU row) and {@code thrpt-1.csv},
 * {@code thrpt-4.csv}, {@code thrpt-16.csv} (JMH {@code -bm thrpt -t N}).
 */
public final class BenchmarkReport {

    private static final List<String> OPERATIONS = List.of("ABOUT", "CREATE", "LIST");
    private static final List<String> CLIENTS = List.of("floor", "stub", "sdk", "cxf", "cxfUrlConnection");

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Map<String, Double> sample = read(dir.resolve("sample.csv"));
        System.out.println("| operation | metric | floor | stub | SDK | CXF | CXF-URLConnection | SDK/stub | SDK/CXF | SDK/floor |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String operation : OPERATIONS) {
            row(operation, "mean (µs)", sample, "", operation);
            row(operation, "p99 (µs)", sample, ":p0.99", operation);
            row(operation, "allocation (B/call)", sample, ":gc.alloc.rate.norm", operation);
            if (sample.containsKey("sdk:cpu.time.norm|" + operation)) {
                row(operation, "CPU, calling thread (µs/call)", sample, ":cpu.time.norm", operation);
            }
            for (int threads : new int[] {1, 4, 16}) {
                Path file = dir.resolve("thrpt-" + threads + ".csv");
                if (Files.exists(file)) {
                    row(operation, "throughput, " + threads + " thread" + (threads > 1 ? "s" : "") + " (calls/s)",
                            read(file), "", operation);
                }
            }
        }
    }

    private static void row(String operation, String metric, Map<String, Double> scores, String suffix, String param) {
        double[] values = new double[CLIENTS.size()];
        for (int i = 0; i < CLIENTS.size(); i++) {
            values[i] = scores.getOrDefault(CLIENTS.get(i) + suffix + "|" + param, Double.NaN);
        }
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                operation.toLowerCase(Locale.ROOT), metric, format(values[0]), format(values[1]), format(values[2]),
                format(values[3]), format(values[4]), ratio(values[2], values[1]), ratio(values[2], values[3]),
                ratio(values[2], values[0]));
    }

    private static String ratio(double value, double base) {
        double ratio = value / base;
        return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.2f", ratio);
    }

    private static String format(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** @return score by "client[:metric]|operation", from JMH's CSV output */
    private static Map<String, Double> read(Path csv) throws IOException {
        Map<String, Double> scores = new HashMap<>();
        List<String> lines = Files.readAllLines(csv);
        int operationColumn = cells(lines.get(0)).indexOf("Param: operation");
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            String benchmark = cells.get(0);
            String name = benchmark.substring(benchmark.lastIndexOf('.') + 1).replace("·", "");
            String client = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
            if (benchmark.contains(":")) {
                // Secondary metrics keep their suffix: "sdk:p0.99", "sdk:gc.alloc.rate.norm".
                String metric = benchmark.substring(benchmark.indexOf(':') + 1).replace("·", "");
                client = benchmark.substring(benchmark.lastIndexOf('.', benchmark.indexOf(':')) + 1, benchmark.indexOf(':'))
                        + ":" + metric;
            }
            scores.put(client + "|" + cells.get(operationColumn), Double.parseDouble(cells.get(4)));
        }
        return scores;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
