package com.orange.api.mmc.samples;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;

/**
 * The manual's "first project" (chapter 4, section 7): calls About to check connectivity and credentials.
 * Reads {@code mmc.properties} from the working directory or the classpath.
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
        try (Mmc mmc = Mmc.loadFromConfigFile()) {
            // Create the organizer; you can also set the four credentials with its setters
            Organizer organizer = new Organizer();
            organizer.loadFromConfigFile();

            // Call the "about" method and print the result
            System.out.println("About");
            System.out.println(mmc.about(organizer));
        } catch (RuntimeException exc) {
            System.out.println("An exception occurred while processing your request: " + exc.getMessage());
        }
    }
}
