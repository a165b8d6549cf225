package com.orange.api.mmc.sandbox.internal;

import com.orange.api.mmc.webservice.ApplicationContext;
import com.orange.api.mmc.webservice.AudioConference;
import com.orange.api.mmc.webservice.Conference;
import com.orange.api.mmc.webservice.ConferenceConnection;
import com.orange.api.mmc.webservice.ConferenceList;
import com.orange.api.mmc.webservice.CreateInstantaneousAudioConferenceInput;
import com.orange.api.mmc.webservice.CreateScheduledAudioConferenceInput;
import com.orange.api.mmc.webservice.GetConferenceDetailsInput;
import com.orange.api.mmc.webservice.GetConferencesListInput;
import com.orange.api.mmc.webservice.GetLicencesUsageInput;
import com.orange.api.mmc.webservice.InstantaneousConferenceInfo;
import com.orange.api.mmc.webservice.LicenceUsage;
import com.orange.api.mmc.webservice.MmcServiceFault;
import com.orange.api.mmc.webservice.ModifyScheduledAudioConferenceInput;
import com.orange.api.mmc.webservice.MultimediaConferencePortType;
import com.orange.api.mmc.webservice.Participant;
import com.orange.api.mmc.webservice.ParticipantInfo;
import com.orange.api.mmc.webservice.ScheduledConferenceInfo;
import com.orange.api.mmc.webservice.StartScheduledAudioConferenceInput;

import java.util.Objects;

import jakarta.jws.WebService;

/**
 * The class Metro publishes: Metro calls an endpoint's methods reflectively, so the class must be public; it
 * lives in a package the module does not export and hands every call, unchanged, to the sandbox's service.
 * Not API.
 */
@WebService(endpointInterface = "com.orange.api.mmc.webservice.MultimediaConferencePortType",
        targetNamespace = "http://api.orange.com/mmc/1", serviceName = "MultimediaConferenceService",
        portName = "MultimediaConferencePort", wsdlLocation = "com/orange/api/mmc/wsdl/MultimediaConference.wsdl")
public final class MetroEndpoint implements MultimediaConferencePortType {

    private final MultimediaConferencePortType service;

    /** @param service the sandbox's implementation of the operations */
    public MetroEndpoint(MultimediaConferencePortType service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    @Override
    public String about(ApplicationContext context) throws MmcServiceFault {
        return service.about(context);
    }

    @Override
    public Conference createInstantaneousConference(InstantaneousConferenceInfo info,
            ApplicationContext context) throws MmcServiceFault {
        return service.createInstantaneousConference(info, context);
    }

    @Override
    public Conference createScheduledConference(ScheduledConferenceInfo info,
            ApplicationContext context) throws MmcServiceFault {
        return service.createScheduledConference(info, context);
    }

    @Override
    public Conference modifyScheduledConference(ConferenceConnection connection, ScheduledConferenceInfo info,
            ApplicationContext context) throws MmcServiceFault {
        return service.modifyScheduledConference(connection, info, context);
    }

    @Override
    public void deleteScheduledConference(ConferenceConnection connection,
            ApplicationContext context) throws MmcServiceFault {
        service.deleteScheduledConference(connection, context);
    }

    @Override
    public Conference startScheduledConference(ConferenceConnection connection,
            ApplicationContext context) throws MmcServiceFault {
        return service.startScheduledConference(connection, context);
    }

    @Override
    public Participant joinConference(ParticipantInfo info,
            ApplicationContext context) throws MmcServiceFault {
        return service.joinConference(info, context);
    }

    @Override
    public Conference getConferenceDetails(GetConferenceDetailsInput input,
            ApplicationContext context) throws MmcServiceFault {
        return service.getConferenceDetails(input, context);
    }

    @Override
    public ConferenceList getConferencesList(GetConferencesListInput input,
            ApplicationContext context) throws MmcServiceFault {
        return service.getConferencesList(input, context);
    }

    @Override
    public LicenceUsage getLicencesUsage(GetLicencesUsageInput input,
            ApplicationContext context) throws MmcServiceFault {
        return service.getLicencesUsage(input, context);
    }

    @Override
    public AudioConference createInstantaneousAudioConference(CreateInstantaneousAudioConferenceInput input,
            ApplicationContext context) throws MmcServiceFault {
        return service.createInstantaneousAudioConference(input, context);
    }

    @Override
    public AudioConference createScheduledAudioConference(CreateScheduledAudioConferenceInput input,
            ApplicationContext context) throws MmcServiceFault {
        return service.createScheduledAudioConference(input, context);
    }

    @Override
    public AudioConference modifyScheduledAudioConference(ModifyScheduledAudioConferenceInput input,
            ApplicationContext context) throws MmcServiceFault {
        return service.modifyScheduledAudioConference(input, context);
    }

    @Override
    public AudioConference startScheduledAudioConference(StartScheduledAudioConferenceInput input,
            ApplicationContext context) throws MmcServiceFault {
        return service.startScheduledAudioConference(input, context);
    }
}
