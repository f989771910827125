// What `npm run web` (and scripts/start.sh in browser mode) understands and says. Kept apart
// from serve.ts so the argument rules and the printed lines are tested without a server.
// The lines end with the login address: after the build output a newcomer must find it
// without scrolling, and know how to stop and where their data is.

export const PORT_ENV = 'ARRANGEUR_BRIDGE_PORT';

export const USAGE = [
  'Gebruik: npm run web -- [--port POORT]',
  '  --port POORT   vaste poort (1 tot en met 65535), zodat het adres elke keer hetzelfde is.',
  `                 Ook mogelijk met de omgevingsvariabele ${PORT_ENV}.`,
  '  Gegevens staan in de gewone gegevensmap van Arrangeur; een andere map kiest u met ARRANGEUR_DATA_DIR.',
].join('\n');

export type ServeArgs =
  | { readonly kind: 'run'; readonly port: number; readonly fixedPort: boolean }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

type Env = Readonly<Record<string, string | undefined>>;

const parsePort = (value: string, from: string): number | string => {
  const trimmed = value.trim();
  const port = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  // 0 lets the system pick a free port (the default); tests use it explicitly.
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return `${from} verwacht een poortnummer van 1 tot en met 65535, niet "${value}".`;
  }
  return port;
};

/** `--port N`, `--port=N` or ARRANGEUR_BRIDGE_PORT (the argument wins); 0 or nothing: a free port. */
export function parseServeArgs(argv: readonly string[], env: Env = {}): ServeArgs {
  let fromArgs: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--port') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return { kind: 'error', message: `--port verwacht een poortnummer.\n${USAGE}` };
      fromArgs = value;
      i += 1;
    } else if (arg.startsWith('--port=')) {
      fromArgs = arg.slice('--port='.length);
    } else {
      return { kind: 'error', message: `Onbekende optie "${arg}".\n${USAGE}` };
    }
  }
  const raw = fromArgs ?? env[PORT_ENV];
  if (raw === undefined || raw.trim() === '') return { kind: 'run', port: 0, fixedPort: false };
  const port = parsePort(raw, fromArgs !== undefined ? '--port' : PORT_ENV);
  if (typeof port === 'string') return { kind: 'error', message: port };
  return { kind: 'run', port, fixedPort: port !== 0 };
}

export interface StartupFacts {
  readonly loginUrl: string;
  readonly dataDir: string;
  readonly fixedPort: boolean;
}

/** The lines for people, printed last; the login address is the very last thing on screen. */
export function startupLines({ loginUrl, dataDir, fixedPort }: StartupFacts): string[] {
  return [
    '',
    'Arrangeur draait in de browsermodus.',
    `Uw gegevens staan in: ${dataDir}`,
    ...(fixedPort ? [] : ['Wilt u elke keer hetzelfde adres? Start dan met een vaste poort, bijvoorbeeld: npm run web -- --port 8080']),
    'Stop met Ctrl+C (in dit venster).',
    '',
    'Open dit adres in uw browser. Het werkt één keer; daarna blijft u aangemeld tot Arrangeur stopt:',
    '',
    `    ${loginUrl}`,
    '',
  ];
}

/** A listen error in Dutch: the two a newcomer meets with --port, and anything else as it is. */
export function listenErrorText(error: unknown, port: number): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') return `Poort ${port} is al in gebruik. Kies een andere poort met --port, of stop het programma dat deze poort gebruikt.`;
  if (code === 'EACCES') return `Poort ${port} mag niet worden gebruikt zonder beheerdersrechten. Kies een poort boven 1024 met --port.`;
  return `Arrangeur kon niet starten: ${error instanceof Error ? error.message : String(error)}`;
}
