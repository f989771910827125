// Issue 12.13: browser mode for a newcomer. The arguments (a fixed port) and the lines printed
// after the build output: where the data lives, how to stop, and the address, last.
import { describe, expect, it } from 'vitest';
import { listenErrorText, parseServeArgs, startupLines, USAGE } from '../../electron/bridge/cli.ts';

describe('parseServeArgs', () => {
  it('picks a free port unless one is asked for', () => {
    expect(parseServeArgs([], {})).toEqual({ kind: 'run', port: 0, fixedPort: false });
    expect(parseServeArgs([], { ARRANGEUR_BRIDGE_PORT: ' ' })).toEqual({ kind: 'run', port: 0, fixedPort: false });
    expect(parseServeArgs([], { ARRANGEUR_BRIDGE_PORT: '0' })).toEqual({ kind: 'run', port: 0, fixedPort: false });
  });

  it('takes --port N, --port=N and ARRANGEUR_BRIDGE_PORT; the argument wins', () => {
    expect(parseServeArgs(['--port', '8080'], {})).toEqual({ kind: 'run', port: 8080, fixedPort: true });
    expect(parseServeArgs(['--port=8081'], {})).toEqual({ kind: 'run', port: 8081, fixedPort: true });
    expect(parseServeArgs([], { ARRANGEUR_BRIDGE_PORT: '8082' })).toEqual({ kind: 'run', port: 8082, fixedPort: true });
    expect(parseServeArgs(['--port', '8083'], { ARRANGEUR_BRIDGE_PORT: '8082' })).toEqual({ kind: 'run', port: 8083, fixedPort: true });
  });

  it.each([
    [['--port', 'acht'], '--port verwacht een poortnummer van 1 tot en met 65535, niet "acht".'],
    [['--port', '65536'], '--port verwacht een poortnummer van 1 tot en met 65535, niet "65536".'],
    [['--port', '-1'], '--port verwacht een poortnummer van 1 tot en met 65535, niet "-1".'],
    [['--port=8.5'], '--port verwacht een poortnummer van 1 tot en met 65535, niet "8.5".'],
    [['--port=0x50'], '--port verwacht een poortnummer van 1 tot en met 65535, niet "0x50".'],
  ])('refuses %j in Dutch', (argv, message) => {
    expect(parseServeArgs(argv, {})).toEqual({ kind: 'error', message });
  });

  it('names a bad environment variable and unknown or incomplete options', () => {
    expect(parseServeArgs([], { ARRANGEUR_BRIDGE_PORT: 'http' })).toEqual({
      kind: 'error',
      message: 'ARRANGEUR_BRIDGE_PORT verwacht een poortnummer van 1 tot en met 65535, niet "http".',
    });
    expect(parseServeArgs(['--port'], {})).toEqual({ kind: 'error', message: `--port verwacht een poortnummer.\n${USAGE}` });
    expect(parseServeArgs(['--port', '--help'], {})).toMatchObject({ kind: 'error' });
    expect(parseServeArgs(['--poort', '80'], {})).toEqual({ kind: 'error', message: `Onbekende optie "--poort".\n${USAGE}` });
    expect(parseServeArgs(['--help'], {})).toEqual({ kind: 'help' });
  });
});

describe('startupLines', () => {
  const loginUrl = 'http://127.0.0.1:8080/login?key=abc';

  it('ends with the login address, after the data folder and how to stop', () => {
    const lines = startupLines({ loginUrl, dataDir: '/srv/adviseur/arrangeur', fixedPort: true });
    expect(lines).toEqual([
      '',
      'Arrangeur draait in de browsermodus.',
      'Uw gegevens staan in: /srv/adviseur/arrangeur',
      'Stop met Ctrl+C (in dit venster).',
      '',
      'Open dit adres in uw browser. Het werkt één keer; daarna blijft u aangemeld tot Arrangeur stopt:',
      '',
      `    ${loginUrl}`,
      '',
    ]);
  });

  it('tells how to keep the same address when the port was picked freely', () => {
    const lines = startupLines({ loginUrl, dataDir: '/d', fixedPort: false });
    expect(lines).toContain('Wilt u elke keer hetzelfde adres? Start dan met een vaste poort, bijvoorbeeld: npm run web -- --port 8080');
    expect(lines.filter((l) => l.trim() !== '').at(-1)).toBe(`    ${loginUrl}`);
  });
});

describe('listenErrorText', () => {
  it('says in Dutch what to do about a taken or privileged port', () => {
    expect(listenErrorText(Object.assign(new Error('x'), { code: 'EADDRINUSE' }), 8080)).toBe(
      'Poort 8080 is al in gebruik. Kies een andere poort met --port, of stop het programma dat deze poort gebruikt.',
    );
    expect(listenErrorText(Object.assign(new Error('x'), { code: 'EACCES' }), 80)).toMatch(/^Poort 80 mag niet/);
    expect(listenErrorText(new Error('kapot'), 1)).toBe('Arrangeur kon niet starten: kapot');
  });
});
