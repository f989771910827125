// Dutch texts about backups and restoring one (plain language, B1): what happened, that the
// current dossiers were not changed, and what to do next.
export const backupMessages = {
  missing: 'Deze back-up bestaat niet (meer). Kies een andere back-up; er is niets gewijzigd.',
  wrongKey:
    'Deze back-up is versleuteld met een andere sleutel dan Arrangeur op deze computer heeft, of het is geen back-up van Arrangeur. Er is niets teruggezet; uw huidige dossiers zijn niet gewijzigd.',
  newer:
    'Deze back-up is gemaakt met een nieuwere versie van Arrangeur. Werk Arrangeur eerst bij. Er is niets teruggezet; uw huidige dossiers zijn niet gewijzigd.',
  damaged:
    'Deze back-up is beschadigd of onvolledig. Er is niets teruggezet; uw huidige dossiers zijn niet gewijzigd. Kies een andere back-up.',
  busy:
    'Arrangeur is nog in een ander venster geopend. Sluit alle andere Arrangeur-vensters en probeer het opnieuw. Er is niets teruggezet.',
} as const;
