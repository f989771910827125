// The intake screen: the client's situation and candidate trainings on the left, the live
// matching for the training in focus on the right. Everything typed is kept in the session (also
// when the adviser switches to the APK and back) and written to the dossier with "Intake opslaan".
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useFieldArray, useForm, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.tsx';
import { Notice } from '../../components/Notice.tsx';
import { SessionLayout } from '../../components/SessionLayout.tsx';
import { Button } from '../../components/buttons.tsx';
import { fieldIdOf } from '../../components/formFields.tsx';
import { LiveMatchAside } from '../../components/matching/LiveMatchAside.tsx';
import { emptyTraining, intakeResolverSchema, intakeToValues, type IntakeFormValues, type IntakeOutput } from '../../data/intakeForm.ts';
import { indexSchemes, schemeChoices, sectorFundsOf } from '../../../shared/packs/scheme-index.ts';
import { regionLabel, useRegions } from '../../data/regions.ts';
import { hrefFor, sessionHref } from '../../data/routes.ts';
import { getSession, useSession, useSessionActions, type SessionData } from '../../data/session.ts';
import { t } from '../../i18n/nl.ts';
import { formatDateNl, todayIso } from '../../i18n/format.ts';
import { ConflictChoices } from './ConflictChoices.tsx';
import { choose, conflictKey, type MergeConflict, type Side } from '../../data/intakeMerge.ts';
import { SchemesUsedFields } from './SchemesUsedFields.tsx';
import { SituationFields } from './SituationFields.tsx';
import { TrainingFieldset } from './TrainingFieldset.tsx';

export const INTAKE_FORM_ID = 'intake-formulier';

export function IntakeView({ clientId }: { clientId: string }) {
  return (
    <SessionLayout clientId={clientId} tab="intake" title={t('intake.title')}>
      {(data) => <IntakeScreen clientId={clientId} data={data} />}
    </SessionLayout>
  );
}

/** Every error message in the form, with the id of its control, in the order they appear on screen. */
const summaryOf = (errors: FieldErrors<IntakeFormValues>): SummaryItem[] => {
  const items: SummaryItem[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (!node || typeof node !== 'object') return;
    const message = (node as { message?: unknown }).message;
    if (typeof message === 'string' && message) {
      items.push({ fieldId: fieldIdOf(path.join('.')), message });
      return;
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'ref' && key !== 'root') walk(child, [...path, key]);
  };
  walk(errors, []);
  const position = (id: string) => document.getElementById(id);
  return items.sort((a, b) => {
    const ea = position(a.fieldId);
    const eb = position(b.fieldId);
    if (!ea || !eb) return 0;
    return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
};

type Outcome =
  | { readonly type: 'ok' | 'info'; readonly text: string; readonly detail?: string }
  | { readonly type: 'error'; readonly text: string; readonly detail: string; readonly conflict: boolean; readonly trainings: readonly string[] };

/** The first sentence of a message: a conflict's title (it names the training when there is one). */
const firstSentence = (message: string): string => /^.*?[.!?](?=\s|$)/.exec(message)?.[0] ?? message;

interface MergeState {
  readonly conflicts: readonly MergeConflict[];
  readonly chosen: Readonly<Record<string, Side>>;
  readonly error: string | null;
}

function IntakeScreen({ clientId, data }: { clientId: string; data: SessionData }) {
  const draft = useSession(clientId, (s) => s.draft);
  const dirty = useSession(clientId, (s) => s.dirty);
  const selected = useSession(clientId, (s) => s.selected);
  const actions = useSessionActions(clientId);
  const regions = useRegions();
  // The form starts from the session's draft once; later changes flow from the form to the draft.
  const [initial] = useState(() => getSession(clientId).draft ?? intakeToValues(data.intake, data.trainings));
  const methods = useForm<IntakeFormValues, unknown, IntakeOutput>({
    resolver: zodResolver(intakeResolverSchema),
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The error summary takes focus and links to each field (GOV.UK / NL Design System pattern).
    shouldFocusError: false,
  });
  const { control, handleSubmit, watch, reset, getValues } = methods;
  const trainings = useFieldArray({ control, name: 'trainings' });
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const index = useMemo(() => indexSchemes(data.packs), [data.packs]);
  const sectorFunds = useMemo(() => sectorFundsOf(data.packs), [data.packs]);
  const schemes = useMemo(() => schemeChoices(data.packs), [data.packs]);
  const [merge, setMerge] = useState<MergeState | null>(null);
  const [reloading, setReloading] = useState(false);
  const mergeRef = useRef<HTMLDivElement>(null);
  const names = useMemo(
    () => ({
      fund: (id: string) => sectorFunds.find((f) => f.id === id)?.name ?? id,
      scheme: (id: string) => schemes.find((s) => s.id === id)?.name ?? id,
    }),
    [sectorFunds, schemes],
  );

  // After a failed save the list of problems takes focus, once it is on screen.
  useEffect(() => {
    if (summary.length > 0) summaryRef.current?.focus();
  }, [summary]);

  // The message about a save takes focus once it is on screen (the button pressed may be busy).
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  // Every change goes to the session, where the live matching (and the other tabs) read it.
  useEffect(() => {
    const subscription = watch((values) => actions.setDraft(structuredClone(values) as IntakeFormValues));
    return () => subscription.unsubscribe();
  }, [watch, actions]);

  // The stored intake changed from outside (a confirmed APK signal, a save in another view) while
  // the form had no changes of its own: show it.
  const lastSeen = useRef(draft);
  useEffect(() => {
    if (draft && draft !== lastSeen.current && !dirty) reset(draft);
    lastSeen.current = draft;
  }, [draft, dirty, reset]);

  const onValid = async (output: IntakeOutput) => {
    setSummary([]);
    // Answers both windows changed are the adviser's to decide before anything is saved.
    if (merge && merge.conflicts.some((c) => !merge.chosen[conflictKey(c)])) {
      setMerge({ ...merge, error: t('intake.merge.chooseFirst') });
      requestAnimationFrame(() => mergeRef.current?.focus());
      return;
    }
    setSaving(true);
    const saved = await actions.saveIntake(output);
    setSaving(false);
    if (!saved.ok) {
      // The typing stays as it is; the message says what went wrong and which training it is about.
      const titles = saved.trainingRows
        .map((row) => output.trainings[row]?.training.title)
        // Named once: the services' message usually names the training already.
        .filter((title): title is string => !!title && !saved.error.message.includes(title));
      const conflict = saved.error.code === 'conflict';
      setOutcome({
        type: 'error',
        // A conflict: what happened once (the services' first sentence names the training), then
        // what "Nieuwste versie ophalen" does, in the same words as the button.
        text: conflict ? firstSentence(saved.error.message) || t('intake.conflict') : t('intake.saveFailed'),
        detail: conflict ? t('intake.conflict.body') : saved.error.message,
        conflict,
        trainings: conflict ? [] : titles,
      });
      return;
    }
    setMerge(null);
    const values = getSession(clientId).draft;
    if (values) {
      lastSeen.current = values;
      reset(values);
    }
    setOutcome({ type: 'ok', text: t('intake.saved') });
  };

  /** "Nieuwste versie ophalen": the other window's changes merged into the form, conflicts to choose. */
  const reloadLatest = async () => {
    setReloading(true);
    const reloaded = await actions.reloadLatest();
    setReloading(false);
    if (!reloaded.ok) {
      setOutcome({ type: 'error', text: t('intake.merge.failed'), detail: reloaded.message, conflict: true, trainings: [] });
      return;
    }
    lastSeen.current = reloaded.draft;
    reset(reloaded.draft);
    if (reloaded.conflicts.length > 0) {
      setMerge({ conflicts: reloaded.conflicts, chosen: {}, error: null });
      setOutcome({ type: 'info', text: t('intake.merge.doneWithChoices'), detail: t('intake.merge.doneWithChoices.body') });
    } else {
      setMerge(null);
      setOutcome({ type: 'info', text: t('intake.merge.done'), detail: t('intake.merge.done.body') });
    }
  };

  const chooseSide = (conflict: MergeConflict, side: Side) => {
    const next = choose(getValues(), conflict, side);
    reset(next);
    setMerge((m) => (m ? { ...m, chosen: { ...m.chosen, [conflictKey(conflict)]: side }, error: null } : m));
  };

  const onInvalid = (errors: FieldErrors<IntakeFormValues>) => {
    setOutcome(null);
    // Wait one frame so every field shows its message, then list them in screen order.
    requestAnimationFrame(() => setSummary(summaryOf(errors)));
  };

  const addTraining = () => {
    trainings.append(emptyTraining(todayIso()), { shouldFocus: false });
    const newIndex = trainings.fields.length;
    actions.select(newIndex);
    requestAnimationFrame(() => document.getElementById(fieldIdOf(`trainings.${newIndex}.title`))?.focus());
  };

  const client = data.client;
  return (
    <div className="arr-session-grid">
      <FormProvider {...methods}>
        <form
          id={INTAKE_FORM_ID}
          className="arr-session-grid__main arr-form"
          noValidate
          onSubmit={(event) => void handleSubmit(onValid, onInvalid)(event)}
        >
          <Paragraph className="arr-intro">{t('intake.intro')}</Paragraph>
          <ErrorSummary ref={summaryRef} items={summary} />
          {outcome ? (
            <Notice ref={outcomeRef} type={outcome.type} title={outcome.text}>
              {outcome.detail ? <p>{outcome.detail}</p> : null}
              {outcome.type === 'error' && outcome.trainings.length > 0 ? (
                <p>{t('intake.problem.trainings', { titles: outcome.trainings.join(', ') })}</p>
              ) : null}
              {outcome.type === 'error' && outcome.conflict ? (
                <Button appearance="secondary-action-button" type="button" disabled={reloading} aria-busy={reloading || undefined} onClick={() => void reloadLatest()}>
                  {t('intake.conflict.reload')}
                </Button>
              ) : null}
            </Notice>
          ) : null}
          {merge ? (
            <ConflictChoices
              ref={mergeRef}
              conflicts={merge.conflicts}
              chosen={merge.chosen}
              values={getValues()}
              names={names}
              onChoose={chooseSide}
              error={merge.error}
            />
          ) : null}
          <p className="arr-dossier-facts">
            {t('intake.fromDossier', { birthDate: formatDateNl(client.birthDate), region: regionLabel(regions, client.region) || client.region })}{' '}
            <a className="nl-link" href={hrefFor({ name: 'client-edit', id: client.id })}>
              {t('intake.fromDossier.edit')}
            </a>
          </p>
          <SituationFields sectorFunds={sectorFunds} />
          <SchemesUsedFields schemes={schemes} />

          <section className="arr-trainings" aria-labelledby="opleidingen-kop">
            <h2 className="arr-section-heading" id="opleidingen-kop">
              {t('intake.section.trainings')}
            </h2>
            <p className="arr-muted">{t('intake.section.trainings.description')}</p>
            {trainings.fields.map((field, i) => (
              <TrainingFieldset
                key={field.id}
                index={i}
                selected={selected === i}
                onSelect={() => selected !== i && actions.select(i)}
                onRemove={() => {
                  trainings.remove(i);
                  actions.select(Math.max(0, i - 1));
                  requestAnimationFrame(() => document.getElementById('opleidingen-kop')?.scrollIntoView({ block: 'start' }));
                }}
              />
            ))}
            <Button appearance="secondary-action-button" type="button" onClick={addTraining}>
              {t('intake.training.add')}
            </Button>
          </section>

          <div className="arr-savebar">
            <Button appearance="primary-action-button" type="submit" disabled={saving} aria-busy={saving || undefined}>
              {saving ? t('session.saving') : t('intake.save')}
            </Button>
            <span className="arr-savebar__status" role="status">
              {dirty ? t('intake.unsaved') : data.intake.version === 0 ? t('intake.notSavedYet') : t('intake.allSaved')}
            </span>
          </div>
        </form>
      </FormProvider>
      <LiveMatchAside clientId={clientId} data={data} index={index} moreHref={sessionHref({ name: 'session', id: clientId, tab: 'financiering' })} />
    </div>
  );
}
