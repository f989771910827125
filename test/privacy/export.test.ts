// Inzage and export (issue 13.11, AVG art. 15 and 20): one call gives everything held about one
// client as JSON (format arrangeur.client-export v1, published schema) and as a readable
// document that prints like the arrangement document.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientExportSchemaFiles } from '../../shared/contract/client-export-schema.ts';
import { clientExportSchema } from '../../shared/contract/privacy.ts';
import { ajv } from '../helpers/ajv.ts';
import { canPrint, printToPdf } from '../helpers/print-pdf.ts';
import { sampleFields } from '../helpers/store.ts';
import { fullDossier, privacyServices } from './helpers.ts';

const root = join(import.meta.dirname, '..', '..');
const SCHEMA_FILE = 'client-export.v1.schema.json';


async function exported() {
  const s = privacyServices();
  const seeded = await fullDossier(s);
  await s.must('clients.create', sampleFields({ displayName: 'Ander Persoon', note: 'Hoort er niet bij.' }));
  return { s, seeded, out: await s.must('clients.exportData', { clientId: seeded.client.id }) };
}

describe('clients.exportData', () => {
  it('holds every record of the client, and nothing of another', async () => {
    const { seeded, out } = await exported();
    const d = out.data;
    expect(d).toMatchObject({ format: 'arrangeur.client-export', formatVersion: 1, exportedBy: 'Fatima el Idrissi' });
    expect(d.client).toEqual(seeded.client);
    expect(d.intake).toMatchObject({ clientId: seeded.client.id, version: 2, work: { dismissalNotice: true } });
    expect(d.trainings.map((t) => t.training.title)).toEqual(['Digitale vaardigheden voor het werk', 'Taal op het werk', 'Digitale vaardigheden voor het werk']);
    expect(d.apk.answers.map((a) => [a.statementId, a.answer, a.note])).toEqual([
      ['ps-ontslag', 'ja', 'Ontslag aangezegd per 1 juni.'],
      ['ps-werk-nu', 'deels', ''],
    ]);
    expect(d.apk.confirmations).toEqual([
      expect.objectContaining({ signalId: 'dismissal-notice', changes: [{ field: 'work.dismissalNotice', value: true }], confirmedBy: 'Fatima el Idrissi' }),
    ]);
    expect(d.arrangements.map((a) => [a.id, a.versions.map((v) => [v.version, v.status, v.origin])])).toEqual([
      [seeded.arrangement.id, [[1, 'concept', 'save'], [2, 'besproken', 'status']]],
      [seeded.imported.id, [[1, 'besproken', 'import']]],
    ]);
    expect(d.arrangements[0]!.versions[0]!.overrides).toEqual([
      expect.objectContaining({ kind: 'employer-contribution', reason: 'Werkgever betaalt honderd euro mee.', by: 'Fatima el Idrissi' }),
    ]);
    // The audit entries about this client, oldest first, ending with this export itself.
    expect(d.audit[0]).toMatchObject({ action: 'client.create' });
    expect(d.audit.at(-1)).toMatchObject({ action: 'client.export', actor: 'Fatima el Idrissi' });
    expect(d.audit.map((e) => e.action)).toEqual(expect.arrayContaining(['intake.save', 'training.add', 'apk.answer', 'apk.signal', 'arrangement.save', 'arrangement.status', 'arrangement.import']));
    expect(d.audit.some((e) => e.action === 'settings.update')).toBe(false);

    expect(JSON.parse(out.json.text)).toEqual(d);
    expect(out.json.fileName).toMatch(/^inzage-2026-03-02-[A-Za-z0-9-]+\.json$/);
    expect(out.json.text).not.toContain('Ander Persoon');
    expect(out.document.html).not.toContain('Ander Persoon');
  });

  it('validates against its published JSON Schema, which matches the zod schema', async () => {
    // The export holds arrangement versions, so a change to the matcher's result changes it too.
    expect(readFileSync(join(root, 'schemas', SCHEMA_FILE), 'utf8'), `schemas/${SCHEMA_FILE} is out of date: run \`npm run schemas\``).toBe(
      clientExportSchemaFiles()[SCHEMA_FILE],
    );
    const { out } = await exported();
    const data: unknown = JSON.parse(out.json.text);
    expect(clientExportSchema.safeParse(data).success).toBe(true);
    expect(ajv, 'ajv is part of the dev tooling').not.toBeNull();
    const validate = ajv!.compile(JSON.parse(readFileSync(join(root, 'schemas', SCHEMA_FILE), 'utf8')));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...(data as object), formatVersion: 2 })).toBe(false);
    expect(validate({ ...(data as object), client: undefined })).toBe(false);
  });

  it('gives a readable, self-contained document in Dutch', async () => {
    const { out } = await exported();
    const html = out.document.html;
    expect(html).toContain('<h1>Uw gegevens in Arrangeur</h1>');
    expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    expect(html).not.toMatch(/<script|<link|<img|src=/i);
    for (const expected of [
      'Zwaantje Quaxelbroek',
      '01-06-1975',
      'Wil graag in de zorg werken.',
      'Taal op het werk',
      'Ontslag aangezegd per 1 juni.',
      'Mijn werkgever heeft gezegd dat ik ontslagen word',
      'Ontslag of einde contract is aangezegd',
      'Werkgever betaalt honderd euro mee.',
      'Dossier aangemaakt',
      'Gegevens uitgegeven (inzage of export)',
    ]) {
      expect(html, expected).toContain(expected);
    }
  });

  it('refuses an unknown dossier and records nothing', async () => {
    const s = privacyServices();
    const before = s.rows('SELECT count(*) AS n FROM audit_log');
    expect((await s.refused('clients.exportData', { clientId: 'bestaat-niet' })).code).toBe('not-found');
    expect(s.rows('SELECT count(*) AS n FROM audit_log')).toEqual(before);
  });
});

describe('clients.exportPdf', () => {
  it('is only in the desktop app; there it prints the document and saves it where the adviser chooses', async () => {
    const plain = privacyServices();
    const { client } = await fullDossier(plain);
    expect((await plain.refused('clients.exportPdf', { clientId: client.id })).code).toBe('unavailable');

    const printed: string[] = [];
    const saved: string[] = [];
    const s = privacyServices({
      capabilities: {
        printPdf: async (html) => (printed.push(html), new Uint8Array([37, 80, 68, 70])),
        saveFile: async (name) => (saved.push(name), `/home/adviseur/${name}`),
      },
    });
    const seeded = await fullDossier(s);
    expect(await s.must('clients.exportPdf', { clientId: seeded.client.id })).toEqual({ saved: true, path: expect.stringMatching(/inzage-.*\.pdf$/) });
    expect(printed[0]).toContain('Uw gegevens in Arrangeur');
    expect(saved[0]).toMatch(/^inzage-2026-03-02-.*\.pdf$/);
  });

  it.skipIf(!canPrint)('prints on A4 without loading anything', async () => {
    const { out } = await exported();
    const { pdf, requests } = await printToPdf(out.document.html);
    expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'arrangeur-inzage-'));
    try {
      const file = join(dir, 'inzage.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Uw gegevens in Arrangeur');
      expect(text).toContain('Zwaantje Quaxelbroek');
      expect(text).toContain('Wie heeft wat gedaan?');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
