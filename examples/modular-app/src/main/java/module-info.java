/** A modular application that calls MMC through the SDK, on the module path. */
module com.example.modular {
    requires com.orange.api.mmc;
    requires com.orange.api.mmc.sandbox;
}
