package com.orange.api.mmc.samples;

/**
 * The manual's "first project" (chapter 4, section 7): calls About to check connectivity and credentials.
 * Reads {@code mmc.properties} from the working directory or the classpath; without one, it runs against
 * an embedded sandbox.
 *
 * <p>Prints:
 * <pre>
 * About
 * V1.4
 * </pre>
 */
public final class About {

    private About() {
    }

    public static void main(String[] args) {
        SampleRunner.run(args, (mmc, organizer, arguments) -> {
            // Call the "about" method and print the result
            System.out.println("About");
            System.out.println(mmc.about(organizer));
        });
    }
}
