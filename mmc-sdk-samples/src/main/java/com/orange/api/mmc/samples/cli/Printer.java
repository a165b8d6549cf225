package com.orange.api.mmc.samples.cli;

import com.orange.api.common.ConfigurationException;
import com.orange.api.common.FunctionalException;
import com.orange.api.common.TechnicalException;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.ParameterException;

/**
 * What {@code mmc} prints: a result on standard output in the chosen {@link OutputFormat}, and a failure on
 * standard error exactly once, as a line of text or, with JSON output, as one {@link ErrorReport} object.
 */
final class Printer {

    private Printer() {
    }

    /** Prints a result: a list as one line per element in text; nothing for {@code null}. */
    static void result(Object result, OutputFormat format, PrintWriter out) {
        if (result instanceof List<?> list && format == OutputFormat.TEXT) {
            list.forEach(out::println);
            if (list.isEmpty()) {
                out.println("No conference found");
            }
        } else if (result != null) {
            out.println(switch (format) {
                case TEXT -> result;
                case JSON -> Rendering.json(result);
                case CSV -> Rendering.csv(result);
            });
        }
        out.flush();
    }

    /**
     * Prints the failure a command ended with; an unforeseen one (a defect) with its stack trace in text.
     *
     * @return its exit code
     */
    static int failure(Exception failure, OutputFormat format, PrintWriter err) {
        int code = ExitCodes.of(failure);
        if (format == OutputFormat.JSON) {
            err.println(Rendering.json(ErrorReport.of(failure, code)));
        } else if (code == ExitCodes.SOFTWARE) {
            failure.printStackTrace(err);
        } else {
            err.println(text(failure));
        }
        err.flush();
        return code;
    }

    /**
     * Prints a usage error (the words could not be parsed): its message and the command's usage in text.
     *
     * @return the usage exit code
     */
    static int usage(ParameterException failure, OutputFormat format, String[] words, PrintWriter err) {
        if (format == OutputFormat.JSON || asksForJson(words)) {
            err.println(Rendering.json(ErrorReport.of(failure, ExitCodes.USAGE)));
        } else {
            err.println(failure.getMessage());
            failure.getCommandLine().usage(err);
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * Whether the words ask for JSON, read from the raw words: a usage error may stop parsing before
     * {@code --output} is reached, and its report must still be JSON.
     */
    static boolean asksForJson(String[] words) {
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            boolean optionThenValue = (word.equals("--output") || word.equals("-o")) && i + 1 < words.length
                    && words[i + 1].equalsIgnoreCase("json");
            if (word.equals("--json") || word.equals("--output=json") || word.equals("-o=json") || word.equals("-ojson")
                    || optionThenValue) {
                return true;
            }
        }
        return false;
    }

    /** A failure as one line of text: an MMC_ code first, the kind of a technical or settings failure first. */
    static String text(Exception failure) {
        if (failure instanceof FunctionalException functional) {
            // An MmcException's message opens with its code and name: MMC_28 BadPasswordConferenceConnection: ...
            return "Error: " + (functional.getMessage().startsWith(functional.getCode()) ? functional.getMessage()
                    : functional.getCode() + ": " + functional.getMessage());
        }
        if (failure instanceof TechnicalException technical) {
            return "Technical error " + technical.getCode() + ": " + technical.getMessage();
        }
        if (failure instanceof ConfigurationException configuration) {
            return "Configuration error: " + configuration.getMessage();
        }
        return failure.getMessage();
    }
}
