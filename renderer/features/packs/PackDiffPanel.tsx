// The change list between two versions of one pack, in plain Dutch (packs.diff): the pack and
// both versions are chosen from those this app keeps; by default the two newest.
import { useId, useState } from 'react';
import type { PackInUse } from '../../../shared/contract/packs.ts';
import { ChoiceField, versionChoices } from '../../components/ChoiceField.tsx';
import { Button } from '../../components/buttons.tsx';
import { Notice } from '../../components/Notice.tsx';
import { reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { t } from '../../i18n/nl.ts';

interface Choice {
  readonly packId: string;
  readonly from: string;
  readonly to: string;
}

const newestTwo = (p: PackInUse): Choice => ({ packId: p.id, from: p.versions[p.versions.length - 2] ?? p.versions[0] ?? p.version, to: p.versions[p.versions.length - 1] ?? p.version });

export function PackDiffPanel({ packs }: { packs: readonly PackInUse[] }) {
  const headingId = useId();
  const comparable = packs.filter((p) => p.versions.length > 1);
  const [chosen, setDraft] = useState<Choice | null>(null);
  const [shown, setShown] = useState<Choice | null>(null);
  // A sync may bring the first second version while this panel is open: fall back to the newest two.
  const draft = chosen && comparable.some((p) => p.id === chosen.packId) ? chosen : comparable[0] ? newestTwo(comparable[0]) : null;
  const pack = comparable.find((p) => p.id === draft?.packId);
  return (
    <section className="arr-panel" aria-labelledby={headingId}>
      <h2 className="arr-panel__heading" id={headingId}>
        {t('packs.diff.heading')}
      </h2>
      {!draft || !pack ? (
        <p className="arr-muted">{t('packs.diff.none')}</p>
      ) : (
        <form
          className="arr-diff-form"
          onSubmit={(event) => {
            event.preventDefault();
            setShown(draft);
          }}
        >
          <ChoiceField
            id="wijzigingen-pakket"
            label={t('packs.diff.pack')}
            value={draft.packId}
            choices={comparable.map((p) => ({ value: p.id, label: p.title }))}
            onChange={(packId) => setDraft(newestTwo(comparable.find((p) => p.id === packId)!))}
          />
          <ChoiceField id="wijzigingen-van" label={t('packs.diff.from')} value={draft.from} choices={versionChoices(pack.versions)} onChange={(from) => setDraft({ ...draft, from })} />
          <ChoiceField id="wijzigingen-naar" label={t('packs.diff.to')} value={draft.to} choices={versionChoices(pack.versions)} onChange={(to) => setDraft({ ...draft, to })} />
          <div className="arr-diff-form__submit">
            <Button appearance="secondary-action-button" type="submit">
              {t('packs.diff.show')}
            </Button>
          </div>
        </form>
      )}
      {shown ? <DiffResult choice={shown} /> : null}
    </section>
  );
}

function DiffResult({ choice }: { choice: Choice }) {
  const { result } = useQuery(reads.packDiff(choice.packId, choice.from, choice.to));
  if (result.state === 'loading') return <p className="arr-muted">{t('app.loading')}</p>;
  if (result.state === 'failed') return <Notice type="error" title={t('packs.diff.failed')}>{result.error.message}</Notice>;
  const diff = result.value;
  // One heading per scheme, its changes below; changes of the pack itself last.
  const groups = new Map<string, { name: string; texts: string[] }>();
  for (const c of diff.changes) {
    const key = c.schemeId ?? '';
    const group = groups.get(key) ?? { name: c.schemeName ? `${c.schemeName} (${c.schemeId})` : t('packs.diff.packItself'), texts: [] };
    group.texts.push(c.kind === 'added' ? `${t('packs.diff.added')}: ${c.text}` : c.kind === 'removed' ? `${t('packs.diff.removed')}: ${c.text}` : c.text);
    groups.set(key, group);
  }
  return (
    <div className="arr-diff" aria-live="polite">
      <h3 className="arr-subheading">{t('packs.diff.title', { pack: diff.title, from: diff.from, to: diff.to })}</h3>
      {diff.changes.length === 0 ? (
        <p>{t('packs.diff.noChanges')}</p>
      ) : (
        <ul className="arr-diff__schemes">
          {[...groups.values()].map((g) => (
            <li key={g.name}>
              <span className="arr-diff__scheme">{g.name}</span>
              <ul className="arr-plain-list">
                {g.texts.map((text, i) => (
                  <li key={i}>{text}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
