// Dutch texts of the session handlers (plain language, B1): what happened, that nothing was
// saved when that is so, and what the adviser can do.
export const sessionServiceMessages = {
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
  importClientDiffers:
    'De geboortedatum of de regio in het bestand is anders dan in dit dossier. Het arrangement gebruikt de gegevens uit het bestand.',
} as const;
