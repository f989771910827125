// The dossier form, for a new dossier and for editing one. Validation runs on submit (no red
// text while the adviser is still typing); problems appear next to each field and in a summary
// that takes focus. A conflict with a newer stored version never throws away what was typed.
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { AppError } from '../../../shared/contract/result.ts';
import type { Client, ClientFields } from '../../../shared/contract/clients.ts';
import { Field } from '../../components/Field.tsx';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.tsx';
import { Button, ButtonGroup, ButtonLink } from '../../components/buttons.tsx';
import { Select, Textarea, TextInput } from '../../components/controls.tsx';
import { Notice } from '../../components/Notice.tsx';
import { CharacterCount } from '../../components/CharacterCount.tsx';
import { change, reads } from '../../data/api.ts';
import { showNotice } from '../../data/notices.ts';
import { fetchQuery } from '../../data/query.ts';
import { regionLabel, useRegions } from '../../data/regions.ts';
import { navigate } from '../../data/router.ts';
import { hrefFor } from '../../data/routes.ts';
import { forgetViewInput, useUnsavedGuard } from '../../data/unsaved.ts';
import { t, type MessageKey } from '../../i18n/nl.ts';
import { formatDateNl, todayIso } from '../../i18n/format.ts';
import {
  birthDateQuestion,
  clientFormFields,
  clientFormSchema,
  sameClients,
  differingFields,
  fieldId,
  fieldOfIssuePath,
  toFormValues,
  type ClientFormField,
  type ClientFormValues,
} from './clientForm.ts';

/** Advisers know their region by name, not by CBS number: list them alphabetically. */
const sortedByName = <R extends { name: string }>(regions: readonly R[]): R[] =>
  [...regions].sort((a, b) => a.name.localeCompare(b.name, 'nl'));

type Problem =
  | { readonly kind: 'conflict'; readonly message: string }
  | {
      readonly kind: 'question';
      readonly fields: ClientFields;
      readonly questions: readonly string[];
      readonly same: readonly { readonly id: string; readonly displayName: string; readonly archived: boolean }[];
      readonly focusField: ClientFormField;
    }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'reloaded'; readonly stored: Client; readonly differences: readonly ClientFormField[] };

const labelKey: Record<ClientFormField, MessageKey> = {
  displayName: 'clients.form.displayName.label',
  birthDate: 'clients.form.birthDate.label',
  region: 'clients.form.region.label',
  adviserReference: 'clients.form.adviserReference.label',
  note: 'clients.form.note.label',
};

// The contract's limits (shared/contract/clients.ts). The fields do not cut the text off at the
// limit (which happened without a word): a counter says how much room is left, and a text over
// the limit gets the contract's Dutch message when saved, with everything typed still there.
const NAME_MAX = 120;
const NOTE_MAX = 2000;

export interface ClientFormProps {
  /** The stored dossier when editing; absent for a new dossier. */
  readonly client?: Client;
  readonly initialValues: ClientFormValues;
}

export function ClientForm({ client, initialValues }: ClientFormProps) {
  const regions = useRegions();
  const [baseVersion, setBaseVersion] = useState(client?.version);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ target: 'summary' | 'problem'; n: number } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const [reloading, setReloading] = useState(false);

  const {
    register,
    handleSubmit,
    getValues,
    setError,
    setFocus,
    watch,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ClientFormValues, unknown, ClientFields>({
    resolver: zodResolver(clientFormSchema(todayIso())),
    defaultValues: initialValues,
    // Messages change only when the adviser submits: re-validating on blur moved the layout
    // (the summary shrank) between mousedown and mouseup, so a click on "Opslaan" got lost.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });

  // react-hook-form publishes the errors only after the submit handlers ran, so the summary may
  // appear a render later than the request: keep the request until its target exists.
  useEffect(() => {
    if (!focusRequest) return;
    const target = (focusRequest.target === 'summary' ? summaryRef : problemRef).current;
    if (!target) return;
    target.focus();
    setFocusRequest(null);
  });

  // Typed but not saved: leaving the form asks first, so a stray click on the navigation does
  // not throw away what was said in the conversation.
  useUnsavedGuard('dossier-form', isDirty ? t('clients.form.leaveQuestion') : null);

  const requestFocus = (target: 'summary' | 'problem') => setFocusRequest({ target, n: Date.now() });

  const onServerFailure = (error: AppError) => {
    const fieldIssues = (error.issues ?? []).flatMap((issue) => {
      const field = fieldOfIssuePath(issue.path);
      return field ? [{ field, message: issue.message }] : [];
    });
    if (error.code === 'invalid-input' && fieldIssues.length > 0) {
      setProblem(null);
      for (const { field, message } of fieldIssues) setError(field, { type: 'server', message });
      requestFocus('summary');
      return;
    }
    setProblem(error.code === 'conflict' ? { kind: 'conflict', message: error.message } : { kind: 'failed', message: error.message });
    requestFocus('problem');
  };

  const [confirming, setConfirming] = useState(false);

  /**
   * Before saving, what looks like a typing error or a second dossier for the same person is
   * asked, not refused (issue 12, item 9): a birth date giving an age over 100 or under 15, and
   * for a new dossier another one with the same name and birth date.
   */
  const questionsFor = async (fields: ClientFields): Promise<Extract<Problem, { kind: 'question' }> | null> => {
    const questions: string[] = [];
    let focusField: ClientFormField = 'birthDate';
    if (!client || client.birthDate !== fields.birthDate) {
      const question = birthDateQuestion(fields.birthDate, todayIso());
      if (question) questions.push(question);
    }
    let same: { id: string; displayName: string; archived: boolean }[] = [];
    if (!client) {
      const query = fields.displayName.slice(0, 100);
      const [open, archived] = await Promise.all([
        fetchQuery(reads.clientList(query, false), { force: true }),
        fetchQuery(reads.clientList(query, true), { force: true }),
      ]);
      const found = [...(open.state === 'ok' ? open.value : []), ...(archived.state === 'ok' ? archived.value : [])];
      same = sameClients(fields, found).map((c) => ({ id: c.id, displayName: c.displayName, archived: c.archivedAt !== null }));
      if (same.length > 0) {
        if (questions.length === 0) focusField = 'displayName';
        questions.push(t('clients.check.duplicate', { name: fields.displayName, date: formatDateNl(fields.birthDate) }));
      }
    }
    return questions.length === 0 ? null : { kind: 'question', fields, questions, same, focusField };
  };

  const save = async (fields: ClientFields) => {
    const question = await questionsFor(fields);
    if (question) {
      setProblem(question);
      requestFocus('problem');
      return;
    }
    await store(fields);
  };

  const store = async (fields: ClientFields) => {
    const result =
      client && baseVersion !== undefined
        ? await change('clients.update', { id: client.id, expectedVersion: baseVersion, fields })
        : await change('clients.create', fields);
    if (!result.ok) {
      onServerFailure(result.error);
      return;
    }
    const saved = result.value;
    const target = hrefFor({ name: 'client', id: saved.id });
    showNotice(client ? t('clients.notice.saved') : t('clients.notice.created', { name: saved.displayName }), target);
    // Saved: leaving the form loses nothing now.
    forgetViewInput();
    navigate({ name: 'client', id: saved.id });
  };

  const reloadLatest = async () => {
    if (!client) return;
    setReloading(true);
    const latest = await fetchQuery(reads.client(client.id), { force: true });
    setReloading(false);
    if (latest.state !== 'ok') {
      setProblem({ kind: 'failed', message: latest.state === 'failed' ? latest.error.message : t('clients.form.loadFailed') });
    } else {
      setBaseVersion(latest.value.version);
      setProblem({ kind: 'reloaded', stored: latest.value, differences: differingFields(getValues(), latest.value) });
    }
    requestFocus('problem');
  };

  const summaryItems: SummaryItem[] = clientFormFields.flatMap((field) => {
    const message = errors[field]?.message;
    return message ? [{ fieldId: fieldId(field), message }] : [];
  });

  const storedValueText = (stored: Client, field: ClientFormField): string => {
    const value = field === 'region' ? regionLabel(regions, stored.region) : toFormValues(stored)[field];
    return value.trim() === '' ? t('clients.conflict.empty') : value;
  };

  const cancelHref = client ? hrefFor({ name: 'client', id: client.id }) : hrefFor({ name: 'clients' });

  return (
    <div className="arr-form-layout">
    <form
      className="arr-form"
      noValidate
      onSubmit={handleSubmit(save, () => {
        setProblem((current) => (current?.kind === 'failed' ? null : current));
        requestFocus('summary');
      })}
    >
      <ErrorSummary ref={summaryRef} items={summaryItems} />

      {problem?.kind === 'conflict' ? (
        <Notice ref={problemRef} type="warning" title={t('clients.conflict.title')}>
          <Paragraph>{problem.message}</Paragraph>
          <Paragraph>{t('clients.conflict.body')}</Paragraph>
          <Button appearance="secondary-action-button" onClick={reloadLatest} disabled={reloading} aria-busy={reloading || undefined}>
            {t('clients.conflict.reload')}
          </Button>
        </Notice>
      ) : null}
      {problem?.kind === 'reloaded' ? (
        <Notice ref={problemRef} type="info" title={t('clients.conflict.reloaded.title')}>
          <Paragraph>{t('clients.conflict.reloaded.body')}</Paragraph>
          {problem.differences.length > 0 ? (
            <>
              <Paragraph>{t('clients.conflict.reloaded.differences')}</Paragraph>
              <ul className="arr-differences">
                {problem.differences.map((field) => (
                  <li key={field}>
                    <strong>{t(labelKey[field])}</strong> ({t('clients.conflict.stored', { value: storedValueText(problem.stored, field) })})
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <Paragraph>{t('clients.conflict.reloaded.same')}</Paragraph>
          )}
        </Notice>
      ) : null}
      {problem?.kind === 'question' ? (
        <Notice ref={problemRef} type="warning" title={t('clients.check.title')}>
          <ul className="arr-plain-list">
            {problem.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
          {problem.same.length > 0 ? (
            <ul className="arr-plain-list">
              {problem.same.map((c) => (
                <li key={c.id}>
                  <a className="nl-link" href={hrefFor({ name: 'client', id: c.id })}>
                    {t(c.archived ? 'clients.check.openArchived' : 'clients.check.open', { name: c.displayName })}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              type="button"
              disabled={confirming}
              aria-busy={confirming || undefined}
              onClick={() => {
                setConfirming(true);
                void store(problem.fields).finally(() => setConfirming(false));
              }}
            >
              {t('clients.check.confirm')}
            </Button>
            <Button
              appearance="secondary-action-button"
              type="button"
              onClick={() => {
                const field = problem.focusField;
                setProblem(null);
                requestAnimationFrame(() => setFocus(field));
              }}
            >
              {t('clients.check.change')}
            </Button>
          </ButtonGroup>
        </Notice>
      ) : null}
      {problem?.kind === 'failed' ? (
        <Notice ref={problemRef} type="error" title={t('clients.form.saveFailed')}>
          <Paragraph>{problem.message}</Paragraph>
        </Notice>
      ) : null}

      <div className="arr-panel">
        <div className="arr-form-grid">
        <Field
          id={fieldId('displayName')}
          label={t('clients.form.displayName.label')}
          description={t('clients.form.displayName.description')}
          error={errors.displayName?.message}
        >
          {(control) => (
            <>
              <TextInput
                {...control}
                {...register('displayName')}
                aria-describedby={[control['aria-describedby'], `${fieldId('displayName')}-teller`].filter(Boolean).join(' ')}
                invalid={Boolean(errors.displayName)}
                autoComplete="off"
                spellCheck={false}
              />
              <CharacterCount id={`${fieldId('displayName')}-teller`} length={(watch('displayName') ?? '').trim().length} max={NAME_MAX} />
            </>
          )}
        </Field>

        <Field
          id={fieldId('birthDate')}
          label={t('clients.form.birthDate.label')}
          description={t('clients.form.birthDate.description')}
          error={errors.birthDate?.message}
        >
          {(control) => (
            <TextInput
              {...control}
              {...register('birthDate')}
              invalid={Boolean(errors.birthDate)}
              className="arr-input--date"
              inputMode="numeric"
              autoComplete="off"
              maxLength={10}
            />
          )}
        </Field>

        <Field
          id={fieldId('region')}
          label={t('clients.form.region.label')}
          description={t('clients.form.region.description')}
          error={errors.region?.message ?? (regions.state === 'failed' ? regions.error.message : undefined)}
        >
          {(control) => (
            // A new select once the list is in: the stored region's stand-in option goes away then, and
            // the browser would fall back to "Kies een regio" while the form still holds the region.
            // Mounted afresh, react-hook-form puts the form's value into it (issue 12, item 3).
            <Select key={regions.state} {...control} {...register('region')} invalid={Boolean(errors.region)} className="arr-input--region">
              <option value="">{t('clients.form.region.placeholder')}</option>
              {regions.state === 'ok'
                ? sortedByName(regions.value).map((region) => (
                    <option key={region.id} value={region.id}>
                      {region.name}
                    </option>
                  ))
                : null}
              {/* Keep the stored value selectable while the list is still loading. */}
              {regions.state !== 'ok' && initialValues.region ? <option value={initialValues.region}>{initialValues.region}</option> : null}
            </Select>
          )}
        </Field>

        <Field
          id={fieldId('adviserReference')}
          label={t('clients.form.adviserReference.label')}
          description={t('clients.form.adviserReference.description')}
          error={errors.adviserReference?.message}
        >
          {(control) => (
            <TextInput
              {...control}
              {...register('adviserReference')}
              invalid={Boolean(errors.adviserReference)}
              className="arr-input--reference"
              autoComplete="off"
              spellCheck={false}
              maxLength={60}
            />
          )}
        </Field>

        <Field wide id={fieldId('note')} label={t('clients.form.note.label')} description={t('clients.form.note.description')} error={errors.note?.message}>
          {(control) => (
            <>
              <Textarea
                {...control}
                {...register('note')}
                aria-describedby={[control['aria-describedby'], `${fieldId('note')}-teller`].filter(Boolean).join(' ')}
                invalid={Boolean(errors.note)}
                rows={3}
              />
              <CharacterCount id={`${fieldId('note')}-teller`} length={(watch('note') ?? '').trim().length} max={NOTE_MAX} />
            </>
          )}
        </Field>

        </div>
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
            {isSubmitting ? t('clients.form.saving') : t('clients.form.save')}
          </Button>
          <ButtonLink appearance="secondary-action-button" href={cancelHref}>
            {t('clients.form.cancel')}
          </ButtonLink>
        </ButtonGroup>
      </div>
    </form>
    <aside className="arr-aside" aria-labelledby="dossier-goed-om-te-weten">
      <h2 className="arr-aside__title" id="dossier-goed-om-te-weten">
        {t('clients.form.aside.title')}
      </h2>
      <ul className="arr-aside__list">
        <li>{t('clients.form.aside.local')}</li>
        <li>{t('clients.form.aside.minimal')}</li>
        <li>{t('clients.form.aside.pseudonym')}</li>
        <li>{t('clients.form.aside.archive')}</li>
      </ul>
    </aside>
    </div>
  );
}
