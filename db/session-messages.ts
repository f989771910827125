// Dutch texts of the session store (plain language, B1). Each says what happened and that
// nothing changed, because the adviser reads them with the client beside them.
export const sessionMessages = {
  clientNotFound: 'Dit dossier bestaat niet (meer). Er is niets opgeslagen.',
  clientArchived: 'Dit dossier is gearchiveerd. Zet het eerst terug; er is niets opgeslagen.',
  intakeConflict:
    'De intake is intussen ergens anders gewijzigd. Uw wijziging is niet opgeslagen. Open de intake opnieuw en voer uw wijziging nog eens in.',
  trainingNotFound: 'Deze opleiding bestaat niet (meer). Ververs het scherm; er is niets opgeslagen.',
  trainingConflict:
    'Deze opleiding is intussen ergens anders gewijzigd. Uw wijziging is niet opgeslagen. Open de opleiding opnieuw en voer uw wijziging nog eens in.',
  trainingOtherClient: 'Deze opleiding hoort bij een ander dossier. Er is niets opgeslagen.',
  statementNotFound: 'Deze stelling staat niet in de Loopbaan APK-lijst. Er is niets opgeslagen.',
  signalNotRaised: 'Dit signaal komt niet (meer) uit de antwoorden van de Loopbaan APK. Er is niets gewijzigd.',
  signalNothingToApply: 'Dit signaal is een advies en verandert niets aan de intake.',
  signalNeedsTraining:
    'Dit signaal gaat over een opleiding. Kies de opleiding waarvoor het geldt. Er is niets gewijzigd.',
  arrangementNotFound: 'Dit arrangement bestaat niet (meer). Er is niets opgeslagen.',
  arrangementVersionNotFound: 'Deze versie van het arrangement bestaat niet.',
  arrangementConflict:
    'Dit arrangement is intussen ergens anders opgeslagen. Uw wijziging is niet opgeslagen. Open het arrangement opnieuw; daarna kunt u het nog eens proberen.',
  arrangementOtherTraining: 'Dit arrangement hoort bij een andere opleiding. Sla het op als een nieuw arrangement. Er is niets opgeslagen.',
  arrangementOtherClient: 'Dit arrangement hoort bij een ander dossier. Er is niets opgeslagen.',
} as const;
