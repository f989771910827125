// `npm run pack -- <command>`: the tools of a pack author (issue 9).
//   init MAP --id ID [--layer national|sector|regional] [--region R]   a new pack from a template
//   test PAKKET                                 run the pack's scheme tests, show what no test reaches
//   keygen NAAM --name "Team Twente"            NAAM.key (geheim, 0600) and NAAM.pub.json
//   sign MAP --key NAAM.key [--previous M] [--expires D] [--refresh-days N] [--include F]...
//   verify MAP --pub NAAM.pub.json [--scope PREFIX]...
//   diff A B                                    the change from A to B in plain Dutch
//   publish MAP --feed FEEDMAP --key NAAM.key [--expires D] [--refresh-days N]
// PAKKET / A / B is a pack file or a folder holding pack.json. Every problem is Dutch and names
// the file, the JSON path and what was expected, like the loader; exit codes: 0 done,
// 1 a problem with the input, 2 wrong arguments.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isIsoDate } from '../shared/dates/index.ts';
import { formatPackDiff } from '../shared/packs/diff.ts';
import { idPattern, type Pack } from '../shared/packs/format.ts';
import { groupKeyId, MANIFEST_FILE, packLayers, PACK_FILE, publicKeyFileSchema, scopePattern, SIGNATURE_FILE, type PackLayer } from '../shared/packs/manifest.ts';
import { formatIssues, parseJsonWith, parsePack } from '../shared/packs/parse.ts';
import { packTestCoverage } from '../shared/matcher/pack-test-coverage.ts';
import { runPackTests } from '../shared/matcher/pack-tests.ts';
import { feedVersions, latestManifestHash, publishToFolderFeed, signVersion, writeSignedVersion } from '../electron/packs/publish.ts';
import { generateKey, sha256Hex, writeKeyFiles } from '../electron/packs/signing.ts';
import { folderSource, verifyVersion } from '../electron/packs/verify.ts';

export interface CliOutcome {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

export const USAGE = [
  'Gebruik: npm run pack -- <opdracht> ...',
  '  init MAP --id ID [--layer national|sector|regional] [--region REGIO]',
  '  test PAKKET',
  '  keygen NAAM --name "Naam van de uitgever"',
  '  sign MAP --key NAAM.key [--previous VORIG-MANIFEST] [--expires JJJJ-MM-DD] [--refresh-days N] [--include BESTAND ...]',
  '  verify MAP --pub NAAM.pub.json [--scope BEREIK ...]',
  '  diff A B',
  '  publish MAP --feed FEEDMAP --key NAAM.key [--expires JJJJ-MM-DD] [--refresh-days N]',
  'PAKKET, A en B: een pakketbestand, of een map met pack.json.',
].join('\n');

const ok = (stdout: string): CliOutcome => ({ code: 0, stdout: stdout.endsWith('\n') ? stdout : `${stdout}\n`, stderr: '' });
const problem = (lines: string | readonly string[]): CliOutcome => ({ code: 1, stdout: '', stderr: `${typeof lines === 'string' ? lines : lines.join('\n')}\n` });
const usage = (message: string): CliOutcome => ({ code: 2, stdout: '', stderr: `Fout: ${message}\n${USAGE}\n` });

interface Args {
  readonly positional: string[];
  readonly flags: Map<string, string[]>;
}

const MULTI = new Set(['--include', '--scope']);
const KNOWN = new Set(['--id', '--layer', '--region', '--name', '--key', '--pub', '--previous', '--expires', '--refresh-days', '--include', '--scope', '--feed', '--title', '--today']);

const parseArgs = (argv: readonly string[]): Args | CliOutcome => {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!KNOWN.has(name)) return usage(`onbekende optie ${name}.`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value.startsWith('--')) return usage(`${name} heeft een waarde nodig.`);
    if (flags.has(name) && !MULTI.has(name)) return usage(`${name} staat er twee keer.`);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { positional, flags };
};

const one = (a: Args, name: string): string | undefined => a.flags.get(name)?.[0];

const today = (a: Args): string => one(a, '--today') ?? new Date().toISOString().slice(0, 10);

/** A pack file, or a folder holding pack.json: read and validated like the app does. */
const readPack = (path: string): { ok: true; pack: Pack; bytes: Buffer; file: string; dir: string } | { ok: false; out: CliOutcome } => {
  let file = path;
  try {
    if (statSync(path).isDirectory()) file = join(path, PACK_FILE);
  } catch {
    return { ok: false, out: problem(`Fout: "${path}" bestaat niet.`) };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { ok: false, out: problem(`Fout: "${file}" kan niet worden gelezen.`) };
  }
  // Authors may write a pack for a newer Arrangeur than the one that runs this tool.
  const r = parsePack(bytes.toString('utf8'), file, { appVersion: '999.0.0' });
  if (!r.ok) return { ok: false, out: problem([`Fout: het pakket "${file}" is ongeldig.`, formatIssues(r.issues)]) };
  return { ok: true, pack: r.pack, bytes, file, dir: statSync(path).isDirectory() ? path : resolve(path, '..') };
};

const readPrivateKey = (path: string | undefined): { ok: true; pem: string } | { ok: false; out: CliOutcome } => {
  if (!path) return { ok: false, out: usage('--key NAAM.key is nodig.') };
  try {
    const pem = readFileSync(path, 'utf8');
    if (!pem.includes('PRIVATE KEY')) return { ok: false, out: problem(`Fout: "${path}" is geen geheime sleutel (verwacht: een .key-bestand van "npm run pack -- keygen").`) };
    const mode = statSync(path).mode & 0o077;
    if (mode !== 0 && process.platform !== 'win32') return { ok: false, out: problem(`Fout: "${path}" is leesbaar voor anderen. Maak hem alleen voor uzelf leesbaar: chmod 600 "${path}".`) };
    return { ok: true, pem };
  } catch {
    return { ok: false, out: problem(`Fout: de sleutel "${path}" kan niet worden gelezen.`) };
  }
};

const signOptions = (a: Args, pem: string, previous: string | null, day: string): { ok: true; value: Parameters<typeof signVersion>[3] } | { ok: false; out: CliOutcome } => {
  const expires = one(a, '--expires');
  if (expires !== undefined && (!isIsoDate(expires) || expires <= day)) return { ok: false, out: usage(`--expires moet een datum na vandaag zijn, als JJJJ-MM-DD; gevonden "${expires}".`) };
  const refresh = one(a, '--refresh-days');
  const refreshDays = refresh === undefined ? undefined : Number(refresh);
  if (refreshDays !== undefined && (!Number.isInteger(refreshDays) || refreshDays < 1 || refreshDays > 3660)) return { ok: false, out: usage(`--refresh-days moet een heel aantal dagen van 1 tot 3660 zijn; gevonden "${refresh}".`) };
  return { ok: true, value: { privateKeyPem: pem, published: day, previous, ...(expires ? { expires } : {}), ...(refreshDays ? { refreshDays } : {}) } };
};

const testReport = (pack: Pack): { text: string; failed: number } => {
  const results = runPackTests(pack);
  const failed = results.filter((r) => !r.passed);
  const lines = [`Pakket "${pack.id}" ${pack.version}: ${results.length - failed.length} van ${results.length} tests geslaagd.`];
  for (const f of failed) lines.push(`NIET GESLAAGD: ${f.name}`, ...f.failures.map((x) => `  ${x}`));
  const cov = packTestCoverage(pack);
  lines.push(`Regels die de tests zowel gehaald als niet gehaald zien: ${cov.rulesCovered} van ${cov.rules}.`);
  lines.push(`Takken van any/all die de tests laten beslissen: ${cov.branchesCovered} van ${cov.branches}.`);
  if (cov.gaps.length > 0) {
    lines.push('Niet bereikt door een test:');
    for (const g of cov.gaps) lines.push(`  ${g.schemeId} ${g.path}: ${g.message}`);
  }
  return { text: lines.join('\n'), failed: failed.length };
};

// ---------------------------------------------------------------------------------------------

const template = (id: string, layer: PackLayer, region: string): Record<string, unknown> => {
  const scheme = `${id}.voorbeeld`;
  const scope = layer === 'national' ? { kind: 'national' } : layer === 'sector' ? { kind: 'sector', sectorFunds: ['voorbeeldfonds'] } : { kind: 'region', regions: [region] };
  const day = new Date().toISOString().slice(0, 10);
  return {
    formatVersion: 1,
    id,
    title: `Pakket ${id} (vul een titel in)`,
    publisher: 'Vul de naam van uw team in',
    version: '0.1.0',
    minAppVersion: '0.1.0',
    published: day,
    scope,
    description: 'Voorbeeldpakket van "npm run pack -- init". Vervang de voorbeeldregeling door uw eigen regelingen.',
    sources: { 'bron-1': { title: 'Vul de titel van de bron in (regeling, verordening of webpagina)', url: 'https://www.example.org/regeling', publisher: 'Vul de uitgever in' } },
    schemes: [
      {
        id: scheme,
        name: 'Voorbeeldregeling (vervang mij)',
        funder: 'Vul de financier in',
        kind: 'grant',
        summary: 'Betaalt een deel van het lesgeld voor een opleiding naar een kansberoep.',
        application: { applicant: 'client', how: 'Beschrijf hoe de cliënt aanvraagt.', documents: [] },
        tijdvakken: [],
        budget: { status: 'open', allocation: 'unknown', checkedOn: day },
        validFrom: '2025-01-01',
        validTo: null,
        eligibility: {
          all: [
            { id: 'kansberoep', fact: 'training.kansberoep', op: 'isTrue', pass: 'De opleiding leidt op voor een kansberoep.', fail: 'De opleiding leidt niet op voor een kansberoep.', source: 'bron-1' },
          ],
        },
        coverage: { categories: ['tuition'], caps: [{ per: 'case', amount: { param: 'maximum' }, label: 'Maximum per opleiding' }] },
        stacking: { mode: 'stacks' },
        parameters: {
          maximum: { label: 'Maximum per opleiding', unit: 'cents', values: [{ from: '2025-01-01', value: 100000 }], source: 'bron-1', lastVerified: day, verified: false, note: 'Voorbeeldbedrag: vervang het door het bedrag uit de bron en zet verified op true.' },
        },
        sources: ['bron-1'],
      },
    ],
    testBaseCase: {
      formatVersion: 1,
      referenceDate: '2025-09-01',
      client: { birthDate: '1990-03-20', educationLevel: 'vmbo', region },
      work: { status: 'job-seeker', contract: 'none', hoursPerWeek: 0, employmentStartDate: null, employerSize: null, sectorFund: null, benefit: 'bijstand', dismissalNotice: false },
      studentFinance: { studiefinanciering: false, wtos: false, lerarenbeurs: false },
      basicSkills: { language: 'sufficient', numeracy: 'sufficient', digital: 'sufficient' },
      schemesUsed: [],
      training: {
        title: 'Voorbeeldopleiding (mbo-3)',
        provider: 'Voorbeeld-ROC',
        kind: 'mbo-diploma',
        mboPathway: 'bbl',
        level: 'mbo3',
        recognitions: ['ocw-diploma'],
        purpose: 'future-occupation',
        kansberoep: true,
        jobGuarantee: false,
        startDate: '2025-10-01',
        endDate: '2026-09-30',
        costs: [{ category: 'tuition', amountCents: 150000, vatIncluded: true }],
      },
    },
    tests: [
      { name: 'Kansberoep: maximum € 1.000,00 van € 1.500,00 lesgeld', case: {}, expect: { eligible: { [scheme]: true }, lines: [{ schemeId: scheme, amountCents: 100000 }], ownContributionCents: 50000 } },
      { name: 'Geen kansberoep: geen bijdrage', case: { training: { kansberoep: false } }, expect: { eligible: { [scheme]: false }, failedRules: { [scheme]: ['kansberoep'] } } },
    ],
  };
};

const commands: Record<string, (a: Args) => Promise<CliOutcome> | CliOutcome> = {
  init: (a) => {
    const dir = a.positional[0];
    const id = one(a, '--id');
    if (!dir || !id) return usage('init heeft een MAP en --id nodig.');
    if (!idPattern.test(id)) return usage(`--id "${id}" is geen geldige pakket-id (kleine letters en cijfers, gescheiden door punt of streepje, zoals regio.twente).`);
    const layer = (one(a, '--layer') ?? (id.startsWith('nl') ? 'national' : id.startsWith('sector') ? 'sector' : 'regional')) as PackLayer;
    if (!packLayers.includes(layer)) return usage(`--layer moet ${packLayers.join(', ')} zijn; gevonden "${layer}".`);
    const region = one(a, '--region') ?? 'twente';
    const file = join(dir, PACK_FILE);
    if (existsSync(file)) return problem(`Fout: "${file}" bestaat al; init overschrijft niets.`);
    const text = `${JSON.stringify(template(id, layer, region), null, 2)}\n`;
    const check = parsePack(text, file);
    if (!check.ok) return problem([`Fout: de sjabloon past niet bij deze keuzes.`, formatIssues(check.issues)]);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, text, { flag: 'wx' });
    return ok(`Nieuw pakket "${id}" (${layer}) geschreven naar ${file}. Pas het aan en controleer het met: npm run pack -- test ${dir}`);
  },

  test: (a) => {
    const path = a.positional[0];
    if (!path) return usage('test heeft een PAKKET nodig.');
    const r = readPack(path);
    if (!r.ok) return r.out;
    const report = testReport(r.pack);
    return report.failed > 0 ? { code: 1, stdout: `${report.text}\n`, stderr: `${report.failed} test(s) niet geslaagd.\n` } : ok(report.text);
  },

  keygen: (a) => {
    const base = a.positional[0];
    const name = one(a, '--name');
    if (!base || !name) return usage('keygen heeft een NAAM en --name "Naam van de uitgever" nodig.');
    if (existsSync(`${base}.key`) || existsSync(`${base}.pub.json`)) return problem(`Fout: "${base}.key" of "${base}.pub.json" bestaat al; keygen overschrijft geen sleutels.`);
    const key = generateKey(name);
    const { privatePath, publicPath } = writeKeyFiles(base, key);
    return ok(
      [
        `Geheime sleutel: ${privatePath} (alleen voor u leesbaar; nooit delen, nooit in een feed zetten)`,
        `Publieke sleutel: ${publicPath} (geef dit bestand aan de beheerders die uw pakketten vertrouwen)`,
        `Sleutel-id: ${groupKeyId(key.publicKey.keyId)}`,
        'Lees de beheerder deze sleutel-id voor aan de telefoon, zodat hij kan controleren dat het bestand van u komt.',
      ].join('\n'),
    );
  },

  sign: (a) => {
    const dir = a.positional[0];
    if (!dir) return usage('sign heeft een MAP met pack.json nodig.');
    const r = readPack(dir);
    if (!r.ok) return r.out;
    const key = readPrivateKey(one(a, '--key'));
    if (!key.ok) return key.out;
    let previous: string | null = null;
    const prevPath = one(a, '--previous');
    if (prevPath) {
      try {
        previous = sha256Hex(readFileSync(prevPath));
      } catch {
        return problem(`Fout: het vorige manifest "${prevPath}" kan niet worden gelezen.`);
      }
    }
    const extra = new Map<string, Buffer>();
    for (const name of a.flags.get('--include') ?? []) {
      try {
        extra.set(basename(name), readFileSync(join(r.dir, basename(name))));
      } catch {
        return problem(`Fout: "${name}" staat niet in ${r.dir}.`);
      }
    }
    const day = today(a);
    const opts = signOptions(a, key.pem, previous, day);
    if (!opts.ok) return opts.out;
    try {
      const v = signVersion(r.pack, r.bytes, extra, opts.value);
      writeSignedVersion(r.dir, { ...v, files: new Map() });
      return ok(`Getekend: ${join(r.dir, MANIFEST_FILE)} en ${join(r.dir, SIGNATURE_FILE)} (pakket "${v.manifest.packId}" ${v.manifest.version}, sleutel ${groupKeyId(v.manifest.keyId)}, verloopt ${v.manifest.expires}).`);
    } catch (err) {
      return problem(`Fout: ${err instanceof Error ? err.message : String(err)}`);
    }
  },

  verify: async (a) => {
    const dir = a.positional[0];
    const pubPath = one(a, '--pub');
    if (!dir || !pubPath) return usage('verify heeft een MAP en --pub NAAM.pub.json nodig.');
    let pubText: string;
    try {
      pubText = readFileSync(pubPath, 'utf8');
    } catch {
      return problem(`Fout: "${pubPath}" kan niet worden gelezen.`);
    }
    const pub = parseJsonWith(publicKeyFileSchema, pubText, basename(pubPath));
    if (!pub.ok) return problem([`Fout: "${pubPath}" is geen geldig publiek sleutelbestand.`, formatIssues(pub.issues)]);
    const scopes = a.flags.get('--scope') ?? [];
    const badScope = scopes.find((s) => !scopePattern.test(s));
    if (badScope) return usage(`--scope "${badScope}" is geen bereik; schrijf het begin van een regeling-id met een punt erachter, zoals regio.twente.`);
    const r = await verifyVersion(folderSource(dir), {
      publishers: [{ keyId: pub.data.keyId, publicKey: pub.data.publicKey, name: pub.data.name, scopes: scopes.length > 0 ? scopes : [''] }],
      today: today(a),
      appVersion: '999.0.0',
    });
    if (r.status !== 'verified') {
      const why = r.status === 'refused' ? r.refusal : { message: 'onbekend', problems: [] };
      return problem([`Niet in orde: ${why.message}`, ...why.problems.map((p) => `  ${p.file}${p.path ? ` ${p.path}` : ''}: ${p.message}`)]);
    }
    const m = r.verified.manifest;
    return ok(
      [
        `In orde: pakket "${m.packId}" ${m.version} (${m.layer}), getekend door ${pub.data.name} (${groupKeyId(m.keyId)}).`,
        `Gepubliceerd ${m.published}, verloopt ${m.expires}; ${m.files.length} bestand(en) kloppen met het manifest; alle tests van het pakket slagen.`,
        scopes.length > 0 ? `Binnen het bereik (${scopes.join(', ')}).` : 'Het bereik is niet gecontroleerd (geef --scope om dat te doen).',
      ].join('\n'),
    );
  },

  diff: (a) => {
    const [pa, pb] = a.positional;
    if (!pa || !pb) return usage('diff heeft twee pakketten nodig: A (oud) en B (nieuw).');
    const ra = readPack(pa);
    if (!ra.ok) return ra.out;
    const rb = readPack(pb);
    if (!rb.ok) return rb.out;
    return ok(formatPackDiff(ra.pack, rb.pack));
  },

  publish: async (a) => {
    const dir = a.positional[0];
    const feed = one(a, '--feed');
    if (!dir || !feed) return usage('publish heeft een MAP met pack.json en --feed FEEDMAP nodig.');
    const r = readPack(dir);
    if (!r.ok) return r.out;
    const key = readPrivateKey(one(a, '--key'));
    if (!key.ok) return key.out;
    const report = testReport(r.pack);
    if (report.failed > 0) return { code: 1, stdout: `${report.text}\n`, stderr: 'Niet gepubliceerd: niet alle tests van het pakket slagen.\n' };
    const prev = latestManifestHash(feed, r.pack.id);
    const day = today(a);
    const opts = signOptions(a, key.pem, prev?.hash ?? null, day);
    if (!opts.ok) return opts.out;
    let target: string;
    try {
      mkdirSync(feed, { recursive: true });
      const v = signVersion(r.pack, r.bytes, new Map(), opts.value);
      target = publishToFolderFeed(feed, v);
    } catch (err) {
      return problem(`Fout: ${err instanceof Error ? err.message : String(err)}`);
    }
    // The same folder can be served over HTTPS: keep its index.json in step.
    writeIndex(feed, day);
    return ok(`Gepubliceerd: ${target}${prev ? ` (volgt op ${prev.version})` : ' (eerste versie in deze feed)'}.`);
  },
};

/** index.json for serving a folder feed over HTTPS: every pack version in it. */
const writeIndex = (feed: string, day: string): void => {
  const packs: Array<{ packId: string; version: string }> = [];
  for (const name of safeList(feed)) {
    if (!idPattern.test(name)) continue;
    for (const version of feedVersions(feed, name)) packs.push({ packId: name, version });
  }
  writeFileSync(join(feed, 'index.json'), `${JSON.stringify({ feedVersion: 1, generated: day, refreshDays: 7, packs }, null, 2)}\n`);
};
const safeList = (dir: string): string[] => {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
};

export const runPackCli = async (argv: readonly string[]): Promise<CliOutcome> => {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return { code: command ? 0 : 2, stdout: '', stderr: `${USAGE}\n` };
  const run = commands[command];
  if (!run) return usage(`onbekende opdracht "${command}".`);
  const args = parseArgs(rest);
  if ('code' in args) return args;
  return run(args);
};

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) {
  // npm runs scripts from the package root; paths on the command line are meant from where the
  // author typed them.
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  let outcome: CliOutcome;
  try {
    outcome = await runPackCli(process.argv.slice(2));
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    outcome = { code: 1, stdout: '', stderr: `Interne fout: ${detail}\n` };
  }
  if (outcome.stdout) process.stdout.write(outcome.stdout);
  if (outcome.stderr) process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}
