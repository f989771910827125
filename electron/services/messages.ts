// Dutch texts the service layer answers with (plain language, B1).
// The renderer shows them as they are, so each says what happened and that nothing changed.
export const serviceMessages = {
  invalidInput: 'Niet alle gegevens kloppen. Controleer de gemarkeerde velden; er is niets opgeslagen.',
  unknownOperation: 'Deze actie kent Arrangeur niet. Er is niets gewijzigd.',
  internal:
    'Er ging iets mis in Arrangeur. Probeer het nog eens; blijft het misgaan, sluit Arrangeur dan af en start het opnieuw.',
} as const;
