package com.orange.api.mmc.sandbox;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The portal's words in the two languages of the manual's chapter 6: French (its screenshots) and English.
 * A guest's pages follow the {@code cultureName} of their invitation; an organizer's follow the conference's
 * {@code audioCulture} parameter, English when it has none.
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
            Map.entry("welcome", new String[] {"welcome %s", "bienvenue %s"}),
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

    /** @return French for {@code fr-FR} (any case), English otherwise */
    static PortalTexts of(String culture) {
        return FRENCH.culture.equalsIgnoreCase(culture) ? FRENCH : ENGLISH;
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

    /** @return a date as the manual's pages print it: {@code mercredi 10 octobre 2007 - 11:30} */
    String date(OffsetDateTime date) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy - HH:mm", locale).format(date);
    }
}
