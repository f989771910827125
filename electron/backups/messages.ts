// Dutch texts about the backup folder, making a backup and a restore at the next start (B1, "u"):
// what happened, that nothing changed when that is so, and what to do next.
export const backupFolderMessages = {
  notAbsolute:
    'Vul de volledige map in, bijvoorbeeld /home/anna/back-ups, C:\\Back-ups of \\\\server\\gedeeld\\arrangeur. Er is niets gewijzigd.',
  missing:
    'Deze map bestaat niet of is nu niet bereikbaar. Maak de map eerst aan, of controleer de verbinding met de netwerkmap. Er is niets gewijzigd.',
  notAFolder: 'Dit is een bestand, geen map. Kies een map. Er is niets gewijzigd.',
  notWritable:
    'Arrangeur mag niet schrijven in deze map. Kies een andere map, of vraag uw beheerder om schrijfrechten. Er is niets gewijzigd.',
  unreachable: (folder: string) =>
    `De back-up kon niet worden gemaakt: de map ${folder} is niet bereikbaar of Arrangeur mag er niet schrijven. Controleer de map bij Instellingen.`,
  automaticMade: 'De automatische back-up van vandaag is gemaakt.',
  notConfigured: 'Back-ups zijn hier niet ingesteld (Arrangeur weet niet in welke gegevensmap het werkt).',
  restored:
    'De back-up is teruggezet. Wat er vóór het terugzetten was, staat in een back-up "voor herstel" in de map voor back-ups.',
  notRestored: 'De back-up is niet teruggezet; uw dossiers zijn niet gewijzigd.',
  restoreFailed: 'Er ging iets mis bij het terugzetten. Probeer het opnieuw of kies een andere back-up.',
  pendingUnreadable: 'Er stond een verzoek om een back-up terug te zetten, maar dat was onleesbaar. Er is niets teruggezet.',
} as const;
