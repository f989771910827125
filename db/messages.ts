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
  clientArchived: 'Dit dossier is gearchiveerd. Zet het eerst terug; er is niets opgeslagen.',
  intakeConflict:
    'De intake is intussen ergens anders gewijzigd. Uw wijziging is niet opgeslagen. Open de intake opnieuw en voer uw wijziging nog eens in.',
  trainingNotFound: 'Deze opleiding bestaat niet (meer). Ververs het scherm; er is niets opgeslagen.',
  trainingConflict:
    'Deze opleiding is intussen ergens anders gewijzigd. Uw wijziging is niet opgeslagen. Open de opleiding opnieuw en voer uw wijziging nog eens in.',
  trainingOtherClient: 'Deze opleiding hoort bij een ander dossier. Er is niets opgeslagen.',
  arrangementNotFound: 'Dit arrangement bestaat niet (meer). Er is niets opgeslagen.',
  arrangementVersionNotFound: 'Deze versie van het arrangement bestaat niet.',
  arrangementConflict:
    'Dit arrangement is intussen ergens anders opgeslagen. Uw wijziging is niet opgeslagen. Open het arrangement opnieuw; daarna kunt u het nog eens proberen.',
  arrangementOtherTraining: 'Dit arrangement hoort bij een andere opleiding. Sla het op als een nieuw arrangement. Er is niets opgeslagen.',
  arrangementOtherClient: 'Dit arrangement hoort bij een ander dossier. Er is niets opgeslagen.',
  // The audit trail's check (npm run audit:verify, audit.verify). "Regel" is one entry.
  auditIntact: (n: number) =>
    n === 0 ? 'Het logboek is nog leeg. Er is niets om te controleren.' : `Het logboek is in orde: alle ${n} regels sluiten op elkaar aan en zijn niet gewijzigd.`,
  auditMissing: (seq: number) =>
    `Het logboek is niet in orde: vóór regel ${seq} ontbreekt een regel. Vanaf daar kunt u het logboek niet vertrouwen. Neem contact op met uw beheerder of functionaris gegevensbescherming.`,
  auditUnlinked: (seq: number) =>
    `Het logboek is niet in orde: regel ${seq} sluit niet aan op de regel ervoor (een regel is weggehaald, toegevoegd of verplaatst). Neem contact op met uw beheerder of functionaris gegevensbescherming.`,
  auditChanged: (seq: number) =>
    `Het logboek is niet in orde: regel ${seq} is achteraf gewijzigd. Neem contact op met uw beheerder of functionaris gegevensbescherming.`,
  auditReferenceChanged: (seq: number) =>
    `Het logboek is niet in orde: bij regel ${seq} is de verwijzing naar het dossier veranderd of weggehaald buiten het wissen van een dossier om. Neem contact op met uw beheerder of functionaris gegevensbescherming.`,
} as const;
