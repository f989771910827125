// Every text the adviser reads on screen, in plain Dutch (B1). Keys are English and grouped by
// screen; the session screens (intake, Loopbaan APK, matching, arrangement) keep theirs in
// nl-session.ts, merged here, so parallel work does not edit one file.
// Placeholders are written {name} and filled by t().
import { sessionMessages } from './nl-session.ts';

export const messages = {
  // App shell
  'app.name': 'Arrangeur',
  'app.tagline': 'Scholingsfinanciering op een rij',
  'app.skipLink': 'Direct naar de inhoud',
  'app.nav.label': 'Hoofdmenu',
  'app.nav.clients': 'Dossiers',
  'app.footer.offline': 'Arrangeur werkt zonder internet. De gegevens blijven op deze computer.',
  'app.footer.shortcuts': 'Sneltoetsen: / om te zoeken, Alt+N voor een nieuw dossier.',
  'app.notFound.title': 'Deze pagina bestaat niet',
  'app.notFound.body': 'Het adres klopt niet, of de pagina is verplaatst.',
  'app.notFound.back': 'Naar de dossiers',
  'app.loading': 'Bezig met laden…',
  'app.retry': 'Opnieuw proberen',

  // Talking to the background service
  'bridge.unreachable':
    'Arrangeur kan de achtergronddienst niet bereiken. Controleer of Arrangeur nog draait en probeer het opnieuw.',
  'bridge.unreadable': 'Arrangeur kreeg een onleesbaar antwoord van de achtergronddienst. Probeer het opnieuw.',

  // Dossier list
  'clients.list.title': 'Dossiers',
  'clients.list.intro': 'Zoek een dossier of maak een nieuw dossier aan.',
  'clients.list.search.label': 'Zoek een dossier',
  'clients.list.search.description': 'Zoek op naam, pseudoniem of kenmerk. Druk op / om direct te zoeken.',
  'clients.list.showArchived': 'Toon gearchiveerde dossiers',
  'clients.list.new': 'Nieuw dossier',
  'clients.list.newHint': 'Sneltoets: Alt+N',
  'clients.list.caption': 'Dossiers',
  'clients.list.captionArchived': 'Gearchiveerde dossiers',
  'clients.list.col.name': 'Naam of pseudoniem',
  'clients.list.col.birthDate': 'Geboortedatum',
  'clients.list.col.region': 'Arbeidsmarktregio',
  'clients.list.col.reference': 'Kenmerk',
  'clients.list.col.updated': 'Laatst gewijzigd',
  'clients.list.count.one': '1 dossier',
  'clients.list.count.many': '{count} dossiers',
  'clients.list.found.one': '1 dossier gevonden voor ‘{query}’',
  'clients.list.found.many': '{count} dossiers gevonden voor ‘{query}’',
  'clients.list.empty': 'Er zijn nog geen dossiers. Kies ‘Nieuw dossier’ om te beginnen.',
  'clients.list.emptyArchived': 'Er zijn geen gearchiveerde dossiers.',
  'clients.list.noResults': 'Geen dossiers gevonden voor ‘{query}’. Controleer de spelling of zoek op een deel van de naam.',
  'clients.list.truncated': 'De lijst toont de eerste {count} dossiers. Zoek om een ander dossier te vinden.',
  'clients.list.loadFailed': 'De dossiers konden niet worden geladen.',
  'clients.list.archivedBadge': 'Gearchiveerd',
  'clients.list.noReference': '–',
  'clients.list.noReferenceSr': 'Geen kenmerk',

  // Dossier form (new and edit)
  'clients.form.newTitle': 'Nieuw dossier',
  'clients.form.editTitle': 'Dossier bewerken',
  'clients.form.intro': 'Vul de gegevens van de cliënt in. Velden met ‘niet verplicht’ mag u leeg laten.',
  'clients.form.aside.title': 'Goed om te weten',
  'clients.form.aside.local': 'De gegevens blijven op deze computer. Arrangeur stuurt niets via internet.',
  'clients.form.aside.minimal': 'Noteer alleen wat nodig is voor het advies. Vul geen BSN of medische gegevens in.',
  'clients.form.aside.pseudonym': 'Wil de cliënt niet met zijn of haar naam in het dossier? Gebruik dan een pseudoniem.',
  'clients.form.aside.archive': 'Een dossier dat u niet meer nodig hebt, kunt u archiveren. Het gaat dan niet verloren.',
  'clients.form.displayName.label': 'Naam of pseudoniem',
  'clients.form.displayName.description': 'Gebruik een pseudoniem als de cliënt dat liever wil.',
  'clients.form.birthDate.label': 'Geboortedatum',
  'clients.form.birthDate.description': 'Als dd-mm-jjjj, bijvoorbeeld 05-03-1980.',
  'clients.form.region.label': 'Arbeidsmarktregio',
  'clients.form.region.description': 'Regionale regelingen hangen af van deze regio.',
  'clients.form.region.placeholder': 'Kies een regio',
  'clients.form.adviserReference.label': 'Uw kenmerk (niet verplicht)',
  'clients.form.adviserReference.description': 'Uw eigen kenmerk of dossiernummer.',
  'clients.form.note.label': 'Notitie (niet verplicht)',
  'clients.form.note.description': 'Bijvoorbeeld afspraken uit het gesprek.',
  'clients.form.save': 'Dossier opslaan',
  'clients.form.saving': 'Bezig met opslaan…',
  'clients.form.cancel': 'Annuleren',
  'clients.form.leaveQuestion':
    'U hebt gegevens ingevuld die nog niet zijn opgeslagen. Als u deze pagina verlaat, gaan die verloren. Wilt u de pagina verlaten?',
  'clients.form.saveFailed': 'Het dossier is niet opgeslagen.',
  'clients.form.loadFailed': 'Het dossier kon niet worden geopend.',

  // Validation (the contract adds its own Dutch messages for lengths and required text)
  'clients.validation.birthDate.required': 'Vul de geboortedatum in.',
  'clients.validation.birthDate.format': 'Schrijf de geboortedatum als dd-mm-jjjj, bijvoorbeeld 05-03-1980.',
  'clients.validation.birthDate.notADate': 'Deze datum bestaat niet. Controleer de dag en de maand.',
  'clients.validation.birthDate.future': 'De geboortedatum ligt in de toekomst. Controleer het jaar.',
  'clients.validation.birthDate.tooOld': 'De geboortedatum ligt voor 1900. Controleer het jaar.',
  'clients.validation.region.required': 'Kies een arbeidsmarktregio.',

  // Error summary
  'errorSummary.title': 'Controleer het formulier',
  'errorSummary.count.one': 'Er is 1 punt dat u moet aanpassen:',
  'errorSummary.count.many': 'Er zijn {count} punten die u moet aanpassen:',

  // Conflicts (optimistic concurrency): the typed text must never be lost
  'clients.conflict.title': 'Dit dossier is intussen gewijzigd',
  'clients.conflict.body':
    'Uw wijzigingen zijn nog niet opgeslagen. Uw tekst staat nog in het formulier. Haal eerst de nieuwste versie op en sla daarna opnieuw op.',
  'clients.conflict.reload': 'Nieuwste versie ophalen',
  'clients.conflict.reloaded.title': 'Nieuwste versie opgehaald',
  'clients.conflict.reloaded.body':
    'Uw tekst staat nog in het formulier. Kies ‘Dossier opslaan’ om uw versie op te slaan.',
  'clients.conflict.reloaded.differences': 'In de opgeslagen versie staat nu iets anders bij:',
  'clients.conflict.reloaded.same': 'De opgeslagen versie is gelijk aan wat u hebt ingevuld.',
  'clients.conflict.stored': 'opgeslagen: {value}',
  'clients.conflict.empty': '(leeg)',
  'clients.conflict.detail':
    'Haal de nieuwste versie op en probeer het daarna opnieuw.',

  // Dossier detail
  'clients.detail.preHeading': 'Dossier',
  'clients.detail.dataHeading': 'Gegevens',
  'clients.detail.age': '{age} jaar',
  'clients.detail.noteLabel': 'Notitie',
  'clients.detail.created': 'Aangemaakt',
  'clients.detail.updated': 'Laatst gewijzigd',
  'clients.detail.archivedOn': 'Gearchiveerd op {date}',
  'clients.detail.archivedHint': 'Een gearchiveerd dossier kunt u bekijken, maar niet bewerken. Zet het eerst terug.',
  'clients.detail.edit': 'Bewerken',
  'clients.detail.archive': 'Archiveren',
  'clients.detail.restore': 'Terugzetten',
  'clients.detail.back': 'Terug naar de dossiers',
  'clients.detail.open': 'Naar het dossier',
  'clients.detail.notFound': 'Dit dossier bestaat niet (meer).',
  'clients.detail.emptyValue': 'Niet ingevuld',
  'clients.detail.reload': 'Dossier opnieuw laden',
  'clients.detail.actionFailed': 'Dat is niet gelukt.',

  'clients.archive.title': 'Dossier archiveren?',
  'clients.archive.body':
    'Het dossier van {name} verdwijnt uit de lijst. Er gaat niets verloren: u kunt het later terugzetten via ‘Toon gearchiveerde dossiers’.',
  'clients.archive.confirm': 'Ja, archiveren',
  'clients.archive.cancel': 'Annuleren',

  // Notices after an action, announced politely
  'clients.notice.created': 'Het dossier van {name} is aangemaakt.',
  'clients.notice.saved': 'De wijzigingen zijn opgeslagen.',
  'clients.notice.archived': 'Het dossier van {name} is gearchiveerd.',
  'clients.notice.restored': 'Het dossier van {name} is teruggezet.',
  ...sessionMessages,
} as const;

export type MessageKey = keyof typeof messages;
export type MessageParams = Readonly<Record<string, string | number>>;

/** Looks up a message and fills its {placeholders}. A missing parameter stays visible as {name}. */
export const t = (key: MessageKey, params?: MessageParams): string => {
  const template: string = messages[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
};

/** Picks the '.one' or '.many' variant of a counted message. */
export const tCount = (base: 'clients.list.count' | 'clients.list.found' | 'errorSummary.count', count: number, params?: MessageParams): string =>
  t(`${base}.${count === 1 ? 'one' : 'many'}`, { count, ...params });
