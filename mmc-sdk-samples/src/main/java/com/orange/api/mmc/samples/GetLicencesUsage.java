package com.orange.api.mmc.samples;

import com.orange.api.mmc.model.LicenceUsage;

import java.time.OffsetDateTime;

/** The manual's GetLicencesUsage sample (section 5.2.9.5): from ten days ago to two days ago. */
public final class GetLicencesUsage {

    private GetLicencesUsage() {
    }

    public static void main(String[] args) {
        SampleRunner.run(args, (mmc, organizer, arguments) -> {
            // Call the 'GetLicencesUsage' method
            LicenceUsage licenceUsage = mmc.getLicencesUsage(organizer, OffsetDateTime.now().minusDays(10),
                    OffsetDateTime.now().minusDays(2));

            // Print the result
            System.out.println("Licence usage");
            System.out.println(licenceUsage);
        });
    }
}
