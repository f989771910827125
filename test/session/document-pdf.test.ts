// The client document printed to PDF by Chromium (Debian's, driven by Playwright), the way the
// app prints it with printToPDF: JavaScript off, no network. pdftotext then reads back what a
// client would read: the amounts in Dutch notation and the action list.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import { canPrint, printToPdf } from '../helpers/print-pdf.ts';
import { basicSkillsTraining, sampleFields, sessionServices } from './helpers.ts';


async function documentForTmmt(): Promise<string> {
  const s = sessionServices();
  await s.must('settings.update', { adviserName: 'Fatima el Idrissi' });
  const client = await s.must('clients.create', sampleFields({ displayName: 'Jan Jansen', birthDate: '1975-06-01', region: 'twente' }));
  const fields = defaultIntakeFields();
  fields.basicSkills.digital = 'insufficient';
  await s.must('intake.save', { clientId: client.id, expectedVersion: 0, fields });
  const training = await s.addTraining(client.id, basicSkillsTraining());
  const saved = await s.must('arrangements.save', { clientId: client.id, trainingId: training.id, referenceDate: '2022-01-15', overrides: [] });
  return (await s.must('arrangements.document', { id: saved.id })).html;
}


describe.skipIf(!canPrint)('client document as PDF', () => {
  it('prints on A4 without loading anything, and its text holds the amounts and the next steps', async () => {
    const html = await documentForTmmt();
    const { pdf, requests } = await printToPdf(html);
    expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const dir = mkdtempSync(join(tmpdir(), 'arrangeur-pdf-'));
    try {
      const file = join(dir, 'arrangement.pdf');
      writeFileSync(file, pdf);
      const pages = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(pages).toMatch(/Page size:.*\(A4\)/);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('€ 1.000,00');
      expect(text).toContain('€ 492,55');
      expect(text).toContain('€ 1.500,00');
      // Sentences may wrap across lines in the layout; compare them with whitespace folded.
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Zo betaalt u de opleiding Digitale vaardigheden voor het werk');
      expect(flat).toContain('U betaalt zelf € 7,45.');
      expect(flat).toContain('Wat moet er nu gebeuren?');
      expect(flat).toContain('Uw werkgever vraagt Tel mee met Taal (werkgeversregeling) aan.');
      expect(flat).toContain('Doe dit uiterlijk op 28-02-2022.');
      expect(flat).toContain('https://www.dus-i.nl/subsidies/t/tel-mee-met-taal');
      expect(flat).toContain('Waar komt deze informatie vandaan?');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
