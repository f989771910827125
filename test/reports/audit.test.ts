// Issue 10 and the audit trail (13.13): a report bundle made here, read in or removed is one
// entry each, in the same transaction as the change, with the period and counts only: never
// the file name (an adviser may put a name in it), never anything from the records. What
// changes nothing (the same bundle again, a refused file, removing what is not there) records
// nothing, and the chain still verifies.
import { describe, expect, it } from 'vitest';
import { privacyServices } from '../privacy/helpers.ts';
import { buildLaptop } from './fixtures.ts';

const parsed = (row: Record<string, unknown>) => ({ ...row, fields: JSON.parse(String(row.fields)) as unknown, details: JSON.parse(String(row.details)) as unknown });

describe('report bundles in the audit trail', () => {
  it('records export, import and removal without the file name or anything personal', async () => {
    const adviser = await buildLaptop('Femke Zonnedauw', 6, 1);
    const exported = await adviser.s.must('reports.exportBundle', { from: '2026-01-01', to: '2026-03-31' });
    const exportRow = adviser.s.store.sqlite
      .prepare("SELECT action, record_type, ref_digest, fields, details FROM audit_log WHERE action LIKE 'report-bundle.%'")
      .all() as Record<string, unknown>[];
    expect(exportRow.map(parsed)).toEqual([
      { action: 'report-bundle.export', record_type: 'report-bundle', ref_digest: null, fields: [], details: { count: exported.count, from: '2026-01-01', to: '2026-03-31' } },
    ]);

    const supervisor = privacyServices();
    await supervisor.must('settings.update', { adviserName: 'Teamleider Oost' });
    const fileName = 'rapportage-van-femke-zonnedauw.json';
    const imported = await supervisor.must('reports.importBundle', { fileName, json: exported.json });
    // The same bundle again changes nothing and records nothing; nor does a refused file.
    expect((await supervisor.must('reports.importBundle', { fileName: 'nog-een-keer.json', json: exported.json })).alreadyImported).toBe(true);
    await supervisor.refused('reports.importBundle', { fileName: 'kapot.json', json: '{"format":"arrangeur.report-bundle"' });
    expect((await supervisor.must('reports.removeBundle', { id: imported.bundle.id })).removed).toBe(true);
    expect((await supervisor.must('reports.removeBundle', { id: imported.bundle.id })).removed).toBe(false);

    const rows = supervisor.rows("SELECT action, actor, record_type, fields, details FROM audit_log WHERE action LIKE 'report-bundle.%' ORDER BY seq");
    expect(rows.map(parsed)).toEqual([
      {
        action: 'report-bundle.import',
        actor: 'Teamleider Oost',
        record_type: 'report-bundle',
        fields: [],
        details: { count: exported.count, duplicates: 0, from: '2026-01-01', to: '2026-03-31' },
      },
      { action: 'report-bundle.remove', actor: 'Teamleider Oost', record_type: 'report-bundle', fields: [], details: {} },
    ]);
    const trail = JSON.stringify(supervisor.rows('SELECT * FROM audit_log')) + JSON.stringify(adviser.s.store.sqlite.prepare('SELECT * FROM audit_log').all());
    expect(trail).not.toContain('femke');
    expect(trail).not.toContain('rapportage-van');
    for (const secret of adviser.secrets.filter((x) => x !== 'Femke Zonnedauw')) expect(trail).not.toContain(secret);
    expect((await supervisor.must('audit.verify', {})).ok).toBe(true);
    expect((await adviser.s.must('audit.verify', {})).ok).toBe(true);
  });
});
