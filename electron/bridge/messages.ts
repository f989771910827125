// Dutch texts of the loopback bridge: refusals before a call reaches the services, and the
// few pages it serves itself. Shown in the browser or by the renderer as they are.
export const bridgeMessages = {
  forbidden:
    'Deze aanvraag is geweigerd. Open Arrangeur via het adres dat bij het starten werd getoond. Is Arrangeur opnieuw gestart? Gebruik dan het nieuwe adres.',
  methodNotAllowed: 'Deze aanvraag is geweigerd: gebruik POST.',
  payloadTooLarge: 'De aanvraag is te groot (meer dan 256 KiB). Er is niets opgeslagen.',
  notJson: 'De aanvraag is geen geldige JSON. Er is niets opgeslagen.',
  badEnvelope: 'De aanvraag moet alleen een "op" (tekst) en een "input" bevatten. Er is niets opgeslagen.',
  unknownEndpoint: 'Dit adres bestaat niet in Arrangeur.',
  internal: 'Er ging iets mis in Arrangeur. Probeer het nog eens.',
  notFound: 'Deze pagina bestaat niet in Arrangeur.',
  badPath: 'Dit adres is ongeldig.',
  readOnly: 'Deze aanvraag is geweigerd: hier kan alleen worden gelezen.',
  notBuilt: 'De schermen van Arrangeur zijn nog niet gebouwd. Voer eerst "npm run build:renderer" uit.',
} as const;

/** Whole pages for the browser, when the adviser has no session (yet). */
export const bridgePages = {
  notSignedIn: {
    title: 'U bent niet aangemeld bij Arrangeur',
    text: [
      'Open Arrangeur met het adres dat in het venster stond toen u Arrangeur startte. Dat adres begint met http://127.0.0.1 en bevat /login?key=.',
      'Kunt u dat adres niet meer vinden? Stop Arrangeur in dat venster met Ctrl+C en start het opnieuw. U krijgt dan een nieuw adres.',
    ],
  },
  loginUsed: {
    title: 'Dit aanmeldadres is al gebruikt',
    text: [
      'Een aanmeldadres werkt maar één keer. Werkt u al met Arrangeur in een ander tabblad of venster van deze browser? Ga dan daar verder.',
      'Anders: stop Arrangeur in het venster waarin het draait met Ctrl+C en start het opnieuw. Open daarna het nieuwe adres dat Arrangeur toont.',
    ],
  },
  loginWrong: {
    title: 'Dit aanmeldadres klopt niet',
    text: [
      'Kopieer het adres precies zoals Arrangeur het toonde toen het startte.',
      'Lukt het niet? Stop Arrangeur met Ctrl+C en start het opnieuw. Open daarna het nieuwe adres dat Arrangeur toont.',
    ],
  },
} as const satisfies Record<string, { title: string; text: readonly string[] }>;
