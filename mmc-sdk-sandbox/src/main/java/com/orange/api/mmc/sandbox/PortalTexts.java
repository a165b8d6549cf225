package com.orange.api.mmc.sandbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The portal's words in the two languages of the manual's chapter 6: French (its screenshots) and English.
 * A guest's pages follow the {@code cultureName} of their invitation; an organizer's follow the conference's
 * {@code audioCulture} parameter; {@code en-US} gives English, anything else (no culture included) French, the
 * language of every screenshot. Dates are printed in the portal's time zone, {@link #ZONE}, as the screenshots'
 * header names it.
 */
enum PortalTexts {
    ENGLISH("en-US", Locale.UK), FRENCH("fr-FR", Locale.FRANCE);

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("summary", new String[] {"summary", "récapitulatif"}),
            Map.entry("details", new String[] {"Detailed information about the conference.", "Informations détaillées sur la réunion."}),
            Map.entry("guestDetails", new String[] {"This summary shows everything about the conference.",
                    "Ce récapitulatif vous permet de visualiser toutes les informations concernant la réunion."}),
            Map.entry("description", new String[] {"description", "description"}),
            Map.entry("name", new String[] {"conference name", "nom de la réunion"}),
            Map.entry("accessCode", new String[] {"access code", "code d'accès"}),
            Map.entry("visibility", new String[] {"conference visibility", "visibilité de la réunion"}),
            Map.entry("Private", new String[] {"Private", "Privée"}),
            Map.entry("Public", new String[] {"Public", "Publique"}),
            Map.entry("type", new String[] {"conference", "réunion"}),
            Map.entry("Scheduled", new String[] {"Scheduled", "Programmée"}),
            Map.entry("Instantaneous", new String[] {"Instantaneous", "Immédiate"}),
            Map.entry("start", new String[] {"start date and time", "date et heure de début"}),
            Map.entry("notStarted", new String[] {"Not started", "Non démarrée"}),
            Map.entry("startMode", new String[] {"start mode", "type de démarrage"}),
            Map.entry("manual", new String[] {"Manual", "Manuel"}),
            Map.entry("automatic", new String[] {"Automatic", "Automatique"}),
            Map.entry("participants", new String[] {"number of participants", "nombre de participants"}),
            Map.entry("none", new String[] {"None", "Aucun"}),
            Map.entry("audio", new String[] {"audio conference", "réunion audio"}),
            Map.entry("noAudio", new String[] {"No audio", "Pas d'audio"}),
            Map.entry("audioNumbers", new String[] {"Dial-in number: %s Conference number: %s",
                    "Numéro d'appel : %s Numéro conférence téléphone : %s"}),
            Map.entry("state", new String[] {"state", "état"}),
            Map.entry("outOfSlot", new String[] {"You cannot start this conference: the conference cannot be started because"
                    + " the current time is not within the conference's booking slot.",
                    "Vous ne pouvez pas démarrer cette réunion : La réunion ne peut être démarrée car l'heure courante n'est"
                            + " pas comprise dans la plage de réservation de la réunion."}),
            Map.entry("cannotStart", new String[] {"You cannot start this conference: it is %s.",
                    "Vous ne pouvez pas démarrer cette réunion : elle est %s."}),
            Map.entry("startButton", new String[] {"start the conference", "commencer la réunion"}),
            Map.entry("inConference", new String[] {"The conference is started; you are in it and guests can join.",
                    "La réunion est démarrée ; vous y êtes et les invités peuvent la rejoindre."}),
            Map.entry("leaveButton", new String[] {"leave the conference", "quitter la réunion"}),
            Map.entry("left", new String[] {"You have just left the conference.", "Vous venez de quitter la réunion."}),
            Map.entry("guestNotStarted", new String[] {"You cannot take part in this conference: it has not started yet.",
                    "Vous ne pouvez pas participer à cette réunion : Elle n'est pas encore démarrée."}),
            Map.entry("guestOver", new String[] {"You cannot take part in this conference: it is over.",
                    "Vous ne pouvez pas participer à cette réunion : Elle est terminée."}),
            Map.entry("welcome", new String[] {"welcome %s", "bienvenue M. %s"}),
            Map.entry("welcomeNobody", new String[] {"welcome", "bienvenue"}),
            Map.entry("zoneSummer", new String[] {"(GMT+01:00) Paris, Madrid (summer time)",
                    "(GMT+01:00) Paris, Madrid (heure d'été)"}),
            Map.entry("zoneWinter", new String[] {"(GMT+01:00) Paris, Madrid", "(GMT+01:00) Paris, Madrid"}),
            Map.entry("NOT_STARTED", new String[] {"not started", "non démarrée"}),
            Map.entry("STARTED", new String[] {"started", "démarrée"}),
            Map.entry("STOPPED", new String[] {"over", "terminée"}),
            Map.entry("DELETED", new String[] {"deleted", "supprimée"}),
            Map.entry("sessionTitle", new String[] {"welcome to the MMC sandbox", "bienvenue sur le bac à sable MMC"}),
            Map.entry("authentication", new String[] {"authentication", "authentification"}),
            Map.entry("sessionLost", new String[] {"Please authenticate again with your service provider.",
                    "Merci de vous authentifier à nouveau auprès de votre fournisseur de service."}),
            Map.entry("authenticateAgain", new String[] {"authenticate again", "s'authentifier à nouveau"}),
            Map.entry("guestIn", new String[] {"You are in the conference.", "Vous êtes dans la réunion."}),
            Map.entry("errorExit", new String[] {"An error occurred during the conference %s. Error: #20",
                    "Une erreur est survenue pendant la réunion %s. Erreur : #20"}),
            Map.entry("rejoinButton", new String[] {"join the conference", "rejoindre la réunion"}),
            Map.entry("diagnosticButton", new String[] {"diagnostic tool", "outil de diagnostic"}),
            Map.entry("diagnosticIntro", new String[] {"You can check your configuration by clicking the launch the"
                    + " diagnosis button.", "Vous pouvez démarrer le diagnostic de votre configuration en cliquant sur le"
                            + " bouton lancer le diagnostic."}),
            Map.entry("diagnosticLaunch", new String[] {"launch the diagnosis", "lancer le diagnostic"}),
            Map.entry("diagnosticStop", new String[] {"stop the diagnosis", "stopper le diagnostic"}),
            Map.entry("diagnosticDone", new String[] {"All tests passed (emulated by the sandbox: nothing of your computer"
                    + " was examined).", "Tous les tests ont réussi (émulés par le bac à sable : rien de votre ordinateur"
                            + " n'a été examiné)."}),
            Map.entry("diagnosticStopped", new String[] {"The diagnosis was stopped.", "Le diagnostic a été stoppé."}),
            Map.entry("diagnosticRunning", new String[] {"In progress... %d %%", "En cours... %d %%"}),
            Map.entry("diagnosticFailed", new String[] {"One or more tests failed, the"
                    + " Multimedia-conferenceDiagnosticLog-MMC.xml was saved.", "Un ou plusieurs tests ont échoué, le"
                            + " Multimedia-conferenceDiagnosticLog-MMC.xml sauvegardé."}),
            Map.entry("diagnosticUnknownStep", new String[] {"No diagnostic step %s: the steps are %s.",
                    "Pas d'étape de diagnostic %s : les étapes sont %s."}),
            Map.entry("stepPassed", new String[] {"passed", "réussi"}),
            Map.entry("stepFailed", new String[] {"failed", "échoué"}),
            Map.entry("stepRunning", new String[] {"in progress", "en cours"}),
            Map.entry("stepWaiting", new String[] {"waiting", "en attente"}),
            Map.entry("stepNotRun", new String[] {"not run", "non exécuté"}),
            Map.entry("stepFailure", new String[] {"emulated failure, asked for with fail=%s (nothing of your computer"
                    + " was examined)", "échec émulé, demandé par fail=%s (rien de votre ordinateur n'a été examiné)"}),
            Map.entry("pilotTitle", new String[] {"audio conference pilot", "pilotage de la conférence téléphone"}),
            Map.entry("pilotWelcome", new String[] {"welcome to Conference Call, you are: %s, you are piloting conference %s",
                    "bienvenue sur Conférence Téléphone, vous êtes : %s, vous pilotez la conférence %s"}),
            Map.entry("attendee", new String[] {"name", "nom prénom"}),
            Map.entry("phone", new String[] {"telephone", "téléphone"}),
            Map.entry("line", new String[] {"status", "état"}),
            Map.entry("CONNECTED", new String[] {"connected", "connecté"}),
            Map.entry("MUTED", new String[] {"microphone closed", "micro fermé"}),
            Map.entry("DISCONNECTED", new String[] {"disconnected", "déconnecté"}),
            Map.entry("mute", new String[] {"close the microphone", "fermer le micro"}),
            Map.entry("unmute", new String[] {"open the microphone", "ouvrir le micro"}),
            Map.entry("disconnect", new String[] {"disconnect the attendee", "déconnecter le participant"}),
            Map.entry("aside", new String[] {"put in the side room", "mettre en aparté"}),
            Map.entry("back", new String[] {"bring back to the conference", "remettre en conférence"}),
            Map.entry("voteOff", new String[] {"withdraw the right to vote", "désactiver le droit de vote"}),
            Map.entry("voteOn", new String[] {"give the right to vote", "activer le droit de vote"}),
            Map.entry("place", new String[] {"place", "lieu"}),
            Map.entry("vote", new String[] {"right to vote", "droit de vote"}),
            Map.entry("yes", new String[] {"yes", "oui"}),
            Map.entry("no", new String[] {"no", "non"}),
            Map.entry("placeConference", new String[] {"conference", "conférence"}),
            Map.entry("placeAside", new String[] {"side room", "aparté"}),
            Map.entry("placeNone", new String[] {"-", "-"}),
            Map.entry("notConnected", new String[] {"people not connected", "personnes non connectées"}),
            Map.entry("closeConference", new String[] {"close the conference", "fermer la conférence"}),
            Map.entry("call", new String[] {"outgoing call", "appel sortant"}),
            Map.entry("muteAll", new String[] {"close all microphones", "fermer tous les micros"}),
            Map.entry("unmuteAll", new String[] {"open all microphones", "ouvrir tous les micros"}),
            Map.entry("chimeOff", new String[] {"turn the chime off", "désactiver le carillon"}),
            Map.entry("chimeOn", new String[] {"turn the chime on", "activer le carillon"}),
            Map.entry("chimeIsOn", new String[] {"chime: on", "carillon : activé"}),
            Map.entry("chimeIsOff", new String[] {"chime: off", "carillon : désactivé"}),
            Map.entry("conferenceClosed", new String[] {"The conference is closed: every line is disconnected.",
                    "La conférence est fermée : toutes les lignes sont déconnectées."}),
            Map.entry("badCall", new String[] {"The outgoing call needs a name (at most 100 characters) and a telephone"
                    + " number (digits, an optional leading +, at most 20): %s.", "L'appel sortant demande un nom (100"
                            + " caractères au plus) et un numéro de téléphone (des chiffres, un + en tête possible, 20 au"
                            + " plus) : %s."}),
            Map.entry("tooManyLines", new String[] {"The conference has %d lines, the most the sandbox keeps.",
                    "La conférence a %d lignes, le plus que le bac à sable garde."}),
            Map.entry("notFound", new String[] {"There is no such page.", "Cette page n'existe pas."}),
            Map.entry("help", new String[] {"help", "aide ?"}),
            Map.entry("helpText", new String[] {"The summary page shows your conference; start it with its button, at most"
                    + " one hour before its slot. Guests join once it is started.", "La page récapitulatif présente votre"
                            + " réunion ; démarrez-la avec son bouton, au plus une heure avant sa plage. Les invités la"
                            + " rejoignent une fois démarrée."}),
            Map.entry("contact", new String[] {"contact us", "contactez-nous"}),
            Map.entry("contactText", new String[] {"This is the MMC sandbox, an emulator: ask the team that runs it.",
                    "Ceci est le bac à sable MMC, un émulateur : adressez-vous à l'équipe qui le fait tourner."}),
            Map.entry("legal", new String[] {"legal notice", "mentions légales"}),
            Map.entry("legalText", new String[] {"An emulator of the Orange Multimedia Conference service for tests; no real"
                    + " conference takes place.", "Un émulateur du service Orange Multimedia Conference pour les tests ;"
                            + " aucune réunion réelle n'a lieu."}),
            Map.entry("faq", new String[] {"faq", "faq"}),
            Map.entry("faqText", new String[] {"Why can I not start my conference? It can start at most one hour before its"
                    + " slot, and not after its end.", "Pourquoi ne puis-je pas démarrer ma réunion ? Elle peut démarrer au"
                            + " plus une heure avant sa plage, et pas après sa fin."}),
            Map.entry("poweredBy", new String[] {"Powered by the MMC sandbox", "Powered by the MMC sandbox"}),
            Map.entry("forbidden", new String[] {"This form has expired; open the page again.",
                    "Ce formulaire a expiré ; ouvrez la page à nouveau."}));

    private final String culture;
    private final Locale locale;

    PortalTexts(String culture, Locale locale) {
        this.culture = culture;
        this.locale = locale;
    }

    /** The time zone of the manual's portal: its header reads "(GMT+01:00) Paris, Madrid". */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** @return English for {@code en-US} (any case), French otherwise, the portal's default */
    static PortalTexts of(String culture) {
        return ENGLISH.culture.equalsIgnoreCase(culture) ? ENGLISH : FRENCH;
    }

    /** @return the culture name, as the {@code lang} links carry it */
    String culture() {
        return culture;
    }

    /** @return the HTML {@code lang} attribute */
    String htmlLang() {
        return locale.getLanguage();
    }

    /** @return the word or sentence for {@code key}, with {@code values} put in its {@code %s} */
    String get(String key, Object... values) {
        String[] words = WORDS.get(key);
        if (words == null) {
            throw new IllegalArgumentException("No portal text " + key);
        }
        String text = words[ordinal()];
        return values.length == 0 ? text : String.format(locale, text, values);
    }

    /** @return a date as the manual's pages print it, in {@link #ZONE}: {@code mercredi 10 octobre 2007 - 11:30} */
    String date(OffsetDateTime date) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy - HH:mm", locale).format(date.atZoneSameInstant(ZONE));
    }

    /** @return the header's clock, in {@link #ZONE}: {@code mercredi 10 octobre 2007 — 11:30} */
    String clock(Instant now) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy '—' HH:mm", locale).format(now.atZone(ZONE));
    }

    /** @return the header's time zone, with summer time when {@code now} is in it */
    String zone(Instant now) {
        return get(ZONE.getRules().isDaylightSavings(now) ? "zoneSummer" : "zoneWinter");
    }
}
