// Loading data for a screen: one call, its state, and a way to load again. Answers that arrive
// after the screen moved on (a newer input, or unmounted) are dropped, so a slow answer can never
// overwrite a newer one.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError, OpInput, OpName, OpOutput } from '../../shared/contract/index.ts';
import { call } from './index.ts';

export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ok'; readonly value: T }
  | { readonly state: 'failed'; readonly error: AppError };

export const useCall = <K extends OpName>(
  op: K,
  input: OpInput<K>,
): { result: Loadable<OpOutput<K>>; reload: () => void; set: (value: OpOutput<K>) => void } => {
  const [result, setResult] = useState<Loadable<OpOutput<K>>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(input);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    setResult((previous) => (previous.state === 'ok' ? previous : { state: 'loading' }));
    void call(op, JSON.parse(key) as OpInput<K>).then((answer) => {
      if (ticket !== latest.current) return;
      setResult(answer.ok ? { state: 'ok', value: answer.value } : { state: 'failed', error: answer.error });
    });
    return () => {
      latest.current++;
    };
  }, [op, key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const set = useCallback((value: OpOutput<K>) => setResult({ state: 'ok', value }), []);
  return { result, reload, set };
};
