// The Loopbaan APK checklist is data, not code: a region can adapt the statements (and which
// answers raise which signal) by putting its own version of the JSON in the data folder,
// without a new build (electron/apk/load-checklist.ts).
// The field a signal may propose to change is a closed list, so a checklist can never make the
// app write anything else into a case.
import { z } from 'zod';
import { skillLevels } from '../case/schema.ts';

export const apkAnswers = ['ja', 'deels', 'nee', 'weet-niet'] as const;
export type ApkAnswer = (typeof apkAnswers)[number];

export const signalIds = ['basic-skills-insufficient', 'dismissal-notice', 'wants-kansberoep', 'needs-ontwikkeladvies'] as const;
export type SignalId = (typeof signalIds)[number];

const localId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Gebruik kleine letters, cijfers en streepjes.' });
const dutchText = (max: number) => z.string().trim().min(1, { message: 'Vul een tekst in.' }).max(max, { message: `Gebruik hoogstens ${max} tekens.` });

/** A case-field change a signal may propose. Applied to the intake or training only on confirmation. */
export const proposedChangeSchema = z.discriminatedUnion('field', [
  z.strictObject({ field: z.literal('basicSkills.language'), value: z.enum(skillLevels) }),
  z.strictObject({ field: z.literal('basicSkills.numeracy'), value: z.enum(skillLevels) }),
  z.strictObject({ field: z.literal('basicSkills.digital'), value: z.enum(skillLevels) }),
  z.strictObject({ field: z.literal('work.dismissalNotice'), value: z.boolean() }),
  z.strictObject({ field: z.literal('training.kansberoep'), value: z.boolean() }),
]);
export type ProposedChange = z.infer<typeof proposedChangeSchema>;

export const signalRuleSchema = z.strictObject({
  signal: z.enum(signalIds),
  /** The answers to this statement that raise the signal. */
  when: z.array(z.enum(apkAnswers)).min(1).max(4),
  /** What the signal proposes to change in the case when this statement raised it. */
  proposes: z.array(proposedChangeSchema).max(5).default([]),
});
export type SignalRule = z.infer<typeof signalRuleSchema>;

export const statementSchema = z.strictObject({
  id: localId,
  /** Plain Dutch (B1), read aloud with the client: "Ik ..." statements. */
  text: dutchText(300),
  help: z.string().max(500).optional(),
  signals: z.array(signalRuleSchema).max(5).default([]),
});
export type ApkStatement = z.infer<typeof statementSchema>;

export const sectionSchema = z.strictObject({
  id: localId,
  number: z.number().int().min(1).max(50),
  title: dutchText(200),
  intro: z.string().max(500).optional(),
  statements: z.array(statementSchema).min(1).max(20),
});
export type ApkSection = z.infer<typeof sectionSchema>;

export const signalDefinitionSchema = z.strictObject({
  id: z.enum(signalIds),
  title: dutchText(200),
  /** Why the adviser sees this signal, in plain Dutch. */
  explanation: dutchText(1000),
  /** What the adviser can do with it (schemes to look at, a next step). */
  advice: dutchText(1000),
  /** Scheme ids this signal points at (informative; the matcher decides eligibility). */
  schemes: z.array(z.string().max(120)).max(20).default([]),
});
export type SignalDefinition = z.infer<typeof signalDefinitionSchema>;

export const checklistSchema = z
  .strictObject({
    formatVersion: z.literal(1),
    id: localId,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, { message: 'Verwacht een versienummer als 1.2.3.' }),
    title: dutchText(200),
    publisher: dutchText(200),
    sections: z.array(sectionSchema).min(1).max(30),
    signals: z.array(signalDefinitionSchema).max(20),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.sections.forEach((s, si) =>
      s.statements.forEach((st, ti) => {
        if (seen.has(st.id)) ctx.addIssue({ code: 'custom', path: ['sections', si, 'statements', ti, 'id'], message: `Stelling-id "${st.id}" komt twee keer voor.` });
        seen.add(st.id);
        st.signals.forEach((rule, ri) => {
          if (!c.signals.some((d) => d.id === rule.signal)) {
            ctx.addIssue({ code: 'custom', path: ['sections', si, 'statements', ti, 'signals', ri, 'signal'], message: `Signaal "${rule.signal}" staat niet in "signals" van deze checklist.` });
          }
        });
      }),
    );
  });
export type ApkChecklist = z.infer<typeof checklistSchema>;

/** Finds a statement by id, with the section it belongs to. */
export function findStatement(checklist: ApkChecklist, statementId: string): { section: ApkSection; statement: ApkStatement } | null {
  for (const section of checklist.sections) {
    const statement = section.statements.find((s) => s.id === statementId);
    if (statement) return { section, statement };
  }
  return null;
}
