package com.orange.api.mmc.samples.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where a multi-step command ({@code tour}) prints each step, in the chosen {@link OutputFormat}. */
interface StepSink {

    /** One step done: its number (from 1), its title and what it returned. */
    void step(int number, String title, Object result);

    /** All steps done; {@code listed} is how many conferences the list step found. */
    void complete(int steps, int listed);

    /** @return the sink that prints in {@code format} on {@code out} */
    static StepSink of(OutputFormat format, PrintWriter out) {
        return switch (format) {
            case TEXT -> new StepSink() {
                @Override
                public void step(int number, String title, Object result) {
                    out.println();
                    out.println("== " + number + ". " + title);
                    if (result instanceof List<?> list) {
                        list.forEach(out::println);
                    } else {
                        out.println(result);
                    }
                    out.flush();
                }

                @Override
                public void complete(int steps, int listed) {
                    out.println();
                    out.println("Tour complete: " + steps + " steps, " + listed + " conference(s) listed.");
                    out.flush();
                }
            };
            // JSON Lines: one object per step, nothing else, so that `jq -c` or a line-by-line parser reads it.
            case JSON -> new StepSink() {
                @Override
                public void step(int number, String title, Object result) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("step", number);
                    line.put("title", title);
                    line.put("result", result);
                    out.println(Rendering.json(line));
                    out.flush();
                }

                @Override
                public void complete(int steps, int listed) {
                }
            };
            case CSV -> new StepSink() {
                private boolean header;

                @Override
                public void step(int number, String title, Object result) {
                    if (!header) {
                        out.println("step,title,result");
                        header = true;
                    }
                    out.println(Csv.line(List.of(Integer.toString(number), title, Rendering.field(Rendering.plain(result)))));
                    out.flush();
                }

                @Override
                public void complete(int steps, int listed) {
                }
            };
        };
    }
}
