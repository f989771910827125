import { describe, expect, it } from 'vitest';
import { defaultIntakeFields } from '../../../shared/contract/intake.ts';
import { liftStyles } from '../../../renderer/components/prepareDocument.ts';
import { overrideFormSchema } from '../../../renderer/features/arrangement/overrideForm.ts';
import { proposalText, withChanges } from '../../../renderer/features/apk/proposals.ts';
import { emptyTraining, intakeToValues } from '../../../renderer/data/intakeForm.ts';

describe('override form', () => {
  const schema = overrideFormSchema();
  it('refuses an override without a reason, in Dutch, at the reason field', () => {
    const parsed = schema.safeParse({ kind: 'exclude-scheme', schemeId: 'nl.tel-mee-met-taal', amount: '', reason: '  ' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['reason', 'Geef een reden voor deze aanpassing.']);
  });

  it('turns an amount typed as 250,00 into cents', () => {
    const parsed = schema.safeParse({ kind: 'employer-contribution', schemeId: '', amount: '250,00', reason: 'Werkgever betaalt mee' });
    expect(parsed.success && parsed.data.override).toEqual({ kind: 'employer-contribution', amountCents: 25_000, reason: 'Werkgever betaalt mee' });
  });

});

describe('APK proposals', () => {
  it('reads a proposal aloud in plain Dutch', () => {
    expect(proposalText({ field: 'basicSkills.digital', value: 'insufficient' })).toBe("Voorstel: digitale vaardigheden op 'onvoldoende' zetten");
  });

  it('applies confirmed changes to the draft and keeps the rest of what was typed', () => {
    const values = { ...intakeToValues(defaultIntakeFields(), []), trainings: [{ ...emptyTraining('2022-01-15'), recordId: 't1', recordVersion: 1, title: 'Typwerk' }] };
    values.work.hoursPerWeek = '24';
    const next = withChanges(values, [{ field: 'basicSkills.digital', value: 'insufficient' }, { field: 'training.kansberoep', value: true }], { recordId: 't1', version: 2 });
    expect(next.basicSkills.digital).toBe('insufficient');
    expect(next.work.hoursPerWeek).toBe('24');
    expect(next.trainings[0]).toMatchObject({ kansberoep: true, recordVersion: 2, title: 'Typwerk' });
    expect(values.basicSkills.digital).toBe('unknown');
  });
});

describe('client document for the print view', () => {
  it('lifts the stylesheet and style attributes out before anything parses the HTML', () => {
    const { css, rest } = liftStyles('<html><head><style>p{color:red}</style></head><body><p style="x:y" class="a">style="blijft"</p></body></html>');
    expect(css).toBe('p{color:red}');
    expect(rest).toBe('<html><head></head><body><p class="a">style="blijft"</p></body></html>');
  });
});
