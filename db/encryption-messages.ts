// Dutch texts about the encrypted dossier file and its key (plain language, B1). Like
// db/messages.ts they reach the adviser unchanged through the start-up dialog or the console of
// browser mode, so each says what happened, that nothing was lost, and what to do next.
export const encryptionMessages = {
  wrongKey:
    'Dit dossierbestand is versleuteld met een andere sleutel dan de sleutel die Arrangeur op deze computer heeft. Arrangeur opent het niet; het bestand is niet gewijzigd. Zet het juiste sleutelbestand terug in de gegevensmap of neem contact op met uw beheerder.',
  keyMissing:
    'Het dossierbestand is versleuteld, maar de sleutel ontbreekt in de gegevensmap. Arrangeur opent het niet en maakt geen nieuwe sleutel; het bestand is niet gewijzigd. Zet het sleutelbestand terug of neem contact op met uw beheerder.',
  keyUnreadable:
    'Het sleutelbestand in de gegevensmap is beschadigd of onleesbaar. Arrangeur opent de dossiers niet; er is niets gewijzigd. Neem contact op met uw beheerder.',
  keyInKeychain:
    'De sleutel van deze dossiers staat in de sleutelhanger van de Arrangeur-app op deze computer. In de browserversie kan Arrangeur daar niet bij. Open Arrangeur als app; er is niets gewijzigd.',
  keychainUnavailable:
    'De sleutelhanger van deze computer is nu niet bereikbaar, dus Arrangeur kan de dossiers niet openen. Er is niets gewijzigd. Meld u opnieuw aan op de computer en start Arrangeur nog eens.',
  encryptBusy:
    'Arrangeur wil het dossierbestand versleutelen, maar een ander Arrangeur-venster gebruikt het nu. Sluit alle andere Arrangeur-vensters en start Arrangeur opnieuw. Er is niets gewijzigd.',
  encryptFailed:
    'Het versleutelen van het dossierbestand is niet gelukt. Het oude bestand is niet gewijzigd en er is niets verloren. Neem contact op met uw beheerder.',
} as const;
