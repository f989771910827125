import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuEntry } from '../../electron/shell/menu.ts';
import { describeStartupFailure } from '../../electron/shell/startup.ts';
import { leaveAnyway, unloadQuestion } from '../../electron/shell/unload.ts';
import { AppFailure } from '../../shared/contract/result.ts';

const flatten = (entries: MenuEntry[]): MenuEntry[] =>
  entries.flatMap((entry) => [entry, ...(entry.submenu ? flatten(entry.submenu) : [])]);

describe('buildMenuTemplate', () => {
  it('has no developer tools and no reload in a packaged build', () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      const roles = flatten(buildMenuTemplate({ platform, isPackaged: true })).map((e) => e.role);
      expect(roles).not.toContain('toggleDevTools');
      expect(roles).not.toContain('reload');
      expect(roles).toContain('quit');
      expect(roles).toContain('copy');
    }
  });

  it('offers developer tools when running from source', () => {
    const roles = flatten(buildMenuTemplate({ platform: 'linux', isPackaged: false })).map((e) => e.role);
    expect(roles).toContain('toggleDevTools');
  });

  it('labels every item in Dutch', () => {
    const entries = flatten(buildMenuTemplate({ platform: 'darwin', isPackaged: false }));
    for (const entry of entries) {
      if (entry.type === 'separator') continue;
      expect(entry.label, JSON.stringify(entry)).toBeTruthy();
    }
    const labels = entries.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(['Bewerken', 'Kopiëren', 'Plakken', 'Beeld', 'Venster']));
  });

  it('gives Windows and Linux a Bestand menu and macOS an app menu', () => {
    expect(buildMenuTemplate({ platform: 'win32', isPackaged: true })[0]?.label).toBe('Bestand');
    expect(buildMenuTemplate({ platform: 'darwin', isPackaged: true })[0]?.label).toBe('Arrangeur');
  });
});

describe('describeStartupFailure', () => {
  it('shows the store’s own Dutch explanation for a database from a newer Arrangeur', () => {
    const error = new AppFailure('unsupported-database', 'Dit bestand is gemaakt met een nieuwere versie van Arrangeur.');
    const dialog = describeStartupFailure(error, '/data');
    expect(dialog.title).toBe('Arrangeur kan uw dossiers niet openen');
    expect(dialog.body).toContain('nieuwere versie');
    expect(dialog.body).toContain('/data');
  });

  it('recognises the failure even from a second copy of the class', () => {
    const foreign = Object.assign(new Error('Onbekende migratie.'), { code: 'unsupported-database' });
    expect(describeStartupFailure(foreign, '/data').body).toContain('Onbekende migratie.');
  });

  it('gives a calm generic message for anything else, without technical details', () => {
    const dialog = describeStartupFailure(new Error('SQLITE_CANTOPEN: unable to open'), '/data');
    expect(dialog.title).toBe('Arrangeur kan niet starten');
    expect(dialog.body).toContain('Er is niets gewijzigd');
    expect(dialog.body).not.toContain('SQLITE');
  });
});

describe('closing with unsaved input', () => {
  it('asks in Dutch; Enter and Escape keep the input, only the second button closes', () => {
    const q = unloadQuestion();
    expect(q.buttons).toEqual(['Terug naar Arrangeur', 'Sluiten zonder opslaan']);
    expect(q.message).toBe('U heeft iets ingevuld dat nog niet is opgeslagen.');
    expect(q.defaultId).toBe(0);
    expect(q.cancelId).toBe(0);
    expect(leaveAnyway(q.defaultId)).toBe(false);
    expect(leaveAnyway(q.cancelId)).toBe(false);
    expect(leaveAnyway(1)).toBe(true);
  });
});
