// Dutch texts the service layer answers with (plain language, B1): what happened, that nothing
// was saved when that is so, and what the adviser can do. The renderer shows them as they are.
// The store's own refusals (not found, changed elsewhere) are in db/messages.ts.
export const serviceMessages = {
  invalidInput: 'Niet alle gegevens kloppen. Controleer de gemarkeerde velden; er is niets opgeslagen.',
  unknownOperation: 'Deze actie kent Arrangeur niet. Er is niets gewijzigd.',
  internal:
    'Er ging iets mis in Arrangeur. Probeer het nog eens; blijft het misgaan, sluit Arrangeur dan af en start het opnieuw.',
  statementNotFound: 'Deze stelling staat niet in de Loopbaan APK-lijst. Er is niets opgeslagen.',
  signalNotRaised: 'Dit signaal komt niet (meer) uit de antwoorden van de Loopbaan APK. Er is niets gewijzigd.',
  signalNothingToApply: 'Dit signaal is een advies en verandert niets aan de intake.',
  signalNeedsTraining:
    'Dit signaal gaat over een opleiding. Kies de opleiding waarvoor het geldt. Er is niets gewijzigd.',
  adviserNameMissing:
    'Vul eerst uw naam in bij Instellingen. Bij elke aanpassing wordt vastgelegd wie die deed. Er is niets opgeslagen.',
  overridesRefused: 'Een aanpassing past niet. Kijk bij de aanpassingen wat er mis is. Er is niets opgeslagen.',
  caseIncomplete: 'De gegevens van de cliënt of de opleiding zijn nog niet compleet of kloppen niet. Er is niets opgeslagen.',
  intakeMissing: 'Vul eerst de intake in en sla die op. Er is niets opgeslagen.',
  lineNotInArrangement: 'Deze regeling staat niet in het arrangement.',
  lineStatusesRefused: 'Een status hoort bij een regeling die niet in het arrangement staat. Er is niets opgeslagen.',
  pdfUnavailable:
    'Een PDF opslaan kan alleen in de Arrangeur-app op de computer. Gebruik hier de afdrukweergave en kies daar "Opslaan als PDF".',
  importRefused: 'Dit bestand kan niet worden geïmporteerd. Er is niets opgeslagen.',
  importPacksDiffer: (file: string, loaded: string) =>
    `Het bestand is gemaakt met de regelingenpakketten ${file}; Arrangeur heeft nu ${loaded}. De bedragen zijn opnieuw berekend met de pakketten van nu.`,
  importResultDiffers: 'De bedragen wijken af van het bestand, omdat ze opnieuw zijn berekend met de regelingen van nu. Controleer het arrangement.',
  // intake.save refuses the whole save on any of these; the form keeps what the adviser typed,
  // and its button fetches the newest versions without throwing that typing away.
  intakeChanged:
    'De intake is intussen ergens anders gewijzigd. Er is niets opgeslagen; wat u hebt ingevuld blijft staan. Haal de nieuwste versie op en sla daarna opnieuw op.',
  trainingChanged: (title: string) =>
    `De opleiding ‘${title}’ is intussen ergens anders gewijzigd. Er is niets opgeslagen; wat u hebt ingevuld blijft staan. Haal de nieuwste versie op en sla daarna opnieuw op.`,
  trainingGone: (title: string) =>
    `De opleiding ‘${title}’ is intussen ergens anders verwijderd. Er is niets opgeslagen; wat u hebt ingevuld blijft staan. Haal de nieuwste versie op; wilt u de opleiding houden, voeg haar dan opnieuw toe.`,
  trainingsChanged: (titles: string) =>
    `De opleidingen ${titles} zijn intussen ergens anders gewijzigd of verwijderd. Er is niets opgeslagen; wat u hebt ingevuld blijft staan. Haal de nieuwste versie op en sla daarna opnieuw op.`,
  trainingOfOtherClient: (title: string) => `De opleiding ‘${title}’ hoort bij een ander dossier. Er is niets opgeslagen.`,
  trainingTwice: 'Deze opleiding staat twee keer in de wijzigingen. Er is niets opgeslagen.',
  // Erasure and retention (AVG art. 17): said plainly, because it cannot be undone.
  eraseNameMismatch:
    'De naam die u typte is niet de naam van dit dossier. Typ de naam over zoals die bij het dossier staat. Er is niets gewist.',
  eraseChanged:
    'Dit dossier is intussen gewijzigd. Er is niets gewist. Open het dossier opnieuw en kijk of u het nog steeds wilt wissen.',
  retentionOff:
    'Er is geen bewaartermijn ingesteld. Stel eerst bij Instellingen een bewaartermijn in. Er is niets gewist.',
  retentionNoLongerDue: 'Dit dossier valt niet (meer) onder de bewaartermijn: het is teruggezet of korter gearchiveerd. Het is niet gewist.',
  retentionChanged: 'Dit dossier is gewijzigd nadat u de lijst opende. Het is niet gewist; open de lijst opnieuw.',
  retentionGone: 'Dit dossier bestaat niet meer. Er hoefde niets gewist te worden.',
  importClientDiffers:
    'De geboortedatum of de regio in het bestand is anders dan in dit dossier. Het arrangement gebruikt de gegevens uit het bestand.',
} as const;
