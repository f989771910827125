// Loopbaan APK through the services: answers saved as the adviser goes, signals derived from
// them, and a proposal reaching the case only through the adviser's confirmation.
import { describe, expect, it } from 'vitest';
import { defaultChecklist } from '../../shared/apk/default-checklist.ts';
import { basicSkillsTraining, sampleFields, sessionServices } from './helpers.ts';

async function dossier() {
  const s = sessionServices();
  const client = await s.must('clients.create', sampleFields());
  return { ...s, client };
}

describe('Loopbaan APK', () => {
  it('serves the checklist as versioned data: 11 sections of 3 to 5 statements', async () => {
    const s = await dossier();
    const list = await s.must('apk.checklist', {});
    expect(list).toEqual(defaultChecklist);
    expect(list.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(list.sections.map((x) => x.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const section of list.sections) {
      expect(section.statements.length).toBeGreaterThanOrEqual(3);
      expect(section.statements.length).toBeLessThanOrEqual(5);
    }
    expect(list.sections[7]!.title).toBe('Basisvaardigheden: taal, rekenen, digitaal');
  });

  it('saves answers as the adviser goes, with progress per section; a changed answer replaces the old one', async () => {
    const s = await dossier();
    const empty = await s.must('apk.get', { clientId: s.client.id });
    expect(empty.answers).toEqual({});
    expect(empty.progress.every((p) => p.answered === 0)).toBe(true);

    await s.must('apk.answer', { clientId: s.client.id, statementId: 'ps-werk-nu', answer: 'ja', note: '' });
    const state = await s.must('apk.answer', { clientId: s.client.id, statementId: 'ps-werk-nu', answer: 'deels', note: 'Nul-urencontract.' });
    expect(state.answers).toEqual({ 'ps-werk-nu': { answer: 'deels', note: 'Nul-urencontract.', answeredAt: expect.any(String) } });
    expect(state.progress[0]).toEqual({ sectionId: 'persoonlijke-situatie', answered: 1, total: 4 });
    expect(await s.must('apk.get', { clientId: s.client.id })).toEqual(state);
  });

  it('refuses an unknown statement or answer with a Dutch message and stores nothing', async () => {
    const s = await dossier();
    const unknown = await s.refused('apk.answer', { clientId: s.client.id, statementId: 'bestaat-niet', answer: 'ja', note: '' });
    expect(unknown.issues).toEqual([{ path: 'statementId', message: 'Deze stelling staat niet in de Loopbaan APK-lijst. Er is niets opgeslagen.' }]);
    const badAnswer = await s.refused('apk.answer', { clientId: s.client.id, statementId: 'ps-werk-nu', answer: 'misschien' as never, note: '' });
    expect(badAnswer.issues).toEqual([{ path: 'answer', message: 'Kies ja, deels, nee of weet niet.' }]);
    const noClient = await s.refused('apk.answer', { clientId: 'nobody', statementId: 'ps-werk-nu', answer: 'ja', note: '' });
    expect(noClient.code).toBe('not-found');
    expect(s.store.sqlite.prepare('SELECT count(*) AS n FROM apk_answers').get()).toEqual({ n: 0 });
  });

  it('proposes the dismissal notice and applies it to the intake only on confirmation', async () => {
    const s = await dossier();
    const state = await s.must('apk.answer', { clientId: s.client.id, statementId: 'ps-ontslag', answer: 'ja', note: 'Brief van 1 maart.' });
    expect(state.signals).toEqual([
      expect.objectContaining({ id: 'dismissal-notice', pending: true, changes: [{ field: 'work.dismissalNotice', value: true }] }),
    ]);
    expect((await s.must('intake.get', { clientId: s.client.id })).work.dismissalNotice).toBe(false);

    // No intake saved yet (version 0): confirming creates it from the defaults plus the change.
    const done = await s.must('apk.applySignal', { clientId: s.client.id, signalId: 'dismissal-notice', expectedIntakeVersion: 0 });
    expect(done.intake).toMatchObject({ version: 1, work: { dismissalNotice: true } });
    expect(done.state.signals[0]!.pending).toBe(false);
    const log = s.store.sqlite.prepare('SELECT signal_id, changes FROM apk_confirmations').all();
    expect(log).toEqual([{ signal_id: 'dismissal-notice', changes: '[{"field":"work.dismissalNotice","value":true}]' }]);
  });

  it('refuses a confirmation on a stale intake version, changing nothing', async () => {
    const s = await dossier();
    await s.must('apk.answer', { clientId: s.client.id, statementId: 'bv-taal', answer: 'deels', note: '' });
    const error = await s.refused('apk.applySignal', { clientId: s.client.id, signalId: 'basic-skills-insufficient', expectedIntakeVersion: 3 });
    expect(error.code).toBe('conflict');
    expect((await s.must('intake.get', { clientId: s.client.id })).version).toBe(0);
    expect(s.store.sqlite.prepare('SELECT count(*) AS n FROM apk_confirmations').get()).toEqual({ n: 0 });
  });

  it('refuses a signal the answers do not raise, and an advice-only signal has nothing to apply', async () => {
    const s = await dossier();
    const notRaised = await s.refused('apk.applySignal', { clientId: s.client.id, signalId: 'dismissal-notice', expectedIntakeVersion: 0 });
    expect(notRaised.code).toBe('conflict');
    const state = await s.must('apk.answer', { clientId: s.client.id, statementId: 'am-stap', answer: 'weet-niet', note: '' });
    expect(state.signals).toEqual([expect.objectContaining({ id: 'needs-ontwikkeladvies', changes: [], pending: false })]);
    const advice = await s.refused('apk.applySignal', { clientId: s.client.id, signalId: 'needs-ontwikkeladvies', expectedIntakeVersion: 0 });
    expect(advice.message).toBe('Dit signaal is een advies en verandert niets aan de intake.');
  });

  it('applies "wants a kansberoep" to the training the adviser picks', async () => {
    const s = await dossier();
    // Adding the training saves the intake too (one form, one save): the intake is at version 1.
    const training = await s.addTraining(s.client.id, basicSkillsTraining({ kind: 'course', purpose: 'future-occupation' }));
    await s.must('apk.answer', { clientId: s.client.id, statementId: 'tb-kansberoep', answer: 'ja', note: '' });
    const needsTraining = await s.refused('apk.applySignal', { clientId: s.client.id, signalId: 'wants-kansberoep', expectedIntakeVersion: 1 });
    expect(needsTraining.issues?.[0]?.path).toBe('trainingId');

    const done = await s.must('apk.applySignal', {
      clientId: s.client.id,
      signalId: 'wants-kansberoep',
      expectedIntakeVersion: 1,
      trainingId: training.id,
      expectedTrainingVersion: 1,
    });
    expect(done.training).toMatchObject({ id: training.id, version: 2, training: { kansberoep: true } });
    expect(done.intake.version).toBe(1);
    expect(done.state.signals.find((x) => x.id === 'wants-kansberoep')!.pending).toBe(false);
  });
});
