// Dutch texts the store can raise (plain language, B1). They reach the adviser unchanged,
// through the dispatcher's Result or the start-up dialog, so each one says what happened,
// that nothing was lost, and what to do next.
export const dbMessages = {
  newerDatabase:
    'Dit dossierbestand is gemaakt met een nieuwere versie van Arrangeur. Werk Arrangeur bij; het bestand is niet gewijzigd.',
  damagedDatabase:
    'Dit dossierbestand is niet volledig bijgewerkt of beschadigd. Arrangeur opent het niet; het bestand is niet gewijzigd. Neem contact op met uw beheerder.',
  notADatabase:
    'Dit bestand is geen leesbaar dossierbestand van Arrangeur. Arrangeur opent het niet; het bestand is niet gewijzigd.',
  clientNotFound: 'Dit dossier bestaat niet (meer). Ververs de lijst en probeer het opnieuw.',
  clientConflict:
    'Dit dossier is intussen door iemand anders (of in een ander venster) gewijzigd. Uw wijziging is niet opgeslagen. Open het dossier opnieuw en voer uw wijziging daarna nog eens in.',
} as const;
