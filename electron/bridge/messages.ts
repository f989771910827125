// Dutch texts of the loopback bridge: refusals before a call reaches the services, and the
// few pages it serves itself. Shown in the browser or by the renderer as they are.
export const bridgeMessages = {
  forbidden: 'Deze aanvraag is geweigerd. Open Arrangeur via het adres dat bij het starten werd getoond.',
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
