// Dutch texts of the desktop shell (menu, start-up dialogs, refused calls). The renderer has
// its own catalogue; these are the few the main process shows itself.
export const shellMessages = {
  menu: {
    file: 'Bestand',
    quit: 'Arrangeur afsluiten',
    edit: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
    view: 'Beeld',
    reload: 'Opnieuw laden',
    devTools: 'Ontwikkelaarshulpmiddelen',
    resetZoom: 'Normale grootte',
    zoomIn: 'Groter',
    zoomOut: 'Kleiner',
    fullScreen: 'Volledig scherm',
    window: 'Venster',
    minimize: 'Minimaliseren',
    close: 'Venster sluiten',
    about: 'Over Arrangeur',
    hide: 'Arrangeur verbergen',
    hideOthers: 'Andere verbergen',
    unhide: 'Alles tonen',
    services: 'Voorzieningen',
    front: 'Alles naar voren',
  },
  startup: {
    unsupportedTitle: 'Arrangeur kan uw dossiers niet openen',
    failedTitle: 'Arrangeur kan niet starten',
    failedBody:
      'Het dossierbestand kon niet worden geopend. Er is niets gewijzigd. Start Arrangeur opnieuw; lukt het dan nog niet, neem contact op met uw beheerder.',
    whereLabel: 'Map met gegevens',
  },
  unload: {
    title: 'Niet opgeslagen',
    message: 'U heeft iets ingevuld dat nog niet is opgeslagen.',
    detail: 'Als u Arrangeur nu sluit, gaat die invoer verloren. Ga terug en kies Opslaan om het te bewaren.',
    stay: 'Terug naar Arrangeur',
    leave: 'Sluiten zonder opslaan',
  },
  ipc: {
    forbiddenSender: 'Dit verzoek komt niet van Arrangeur zelf en is geweigerd.',
    internal: 'Er ging iets mis in Arrangeur. Er is niets opgeslagen. Probeer het opnieuw.',
  },
} as const;
