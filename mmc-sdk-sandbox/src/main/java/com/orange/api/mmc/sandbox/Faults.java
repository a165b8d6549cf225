package com.orange.api.mmc.sandbox;

import com.orange.api.mmc.MmcError;
import com.orange.api.mmc.webservice.MmcFault;
import com.orange.api.mmc.webservice.MmcServiceFault;

/** Builds the declared SOAP fault for a catalog error, worded as the manual words it. */
final class Faults {

    private Faults() {
    }

    static MmcServiceFault of(MmcError error) {
        MmcFault detail = new MmcFault();
        detail.setCode(error.code());
        detail.setMessage(error.description());
        detail.setInputParameter(error.inputParameter());
        return new MmcServiceFault(error.code() + " " + error.errorName() + ": " + error.description(), detail);
    }
}
