package com.orange.api.mmc.samples.cli;

/** How {@code mmc} prints results: {@code --output text|json|csv}. */
enum OutputFormat {
    /** The manual's layout, for people. */
    TEXT,
    /** One JSON value per line (JSON Lines for multi-step commands); errors as one JSON object on stderr. */
    JSON,
    /** A header line, then one line per record. */
    CSV
}
