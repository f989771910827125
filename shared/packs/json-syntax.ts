// When JSON.parse refuses a file, this finds where and why, in Dutch, with line and column.
// JSON.parse's own messages differ between engines and are English; regional teams edit these
// files by hand, so the common mistakes (trailing comma, single quotes, comments, a missing
// comma, an unquoted name) get a sentence that says what to change. Iterative, so a deeply
// nested file cannot overflow the stack.

export interface JsonSyntaxProblem {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  /** Short rendering of what is at that spot. */
  readonly found: string;
  readonly expected: string;
  /** What is wrong and what to change, without the location. */
  readonly message: string;
}

const VALUE = 'een waarde: tekst tussen "", een getal, true, false, null, { of [';

const lineColumn = (text: string, offset: number): { line: number; column: number } => {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
};

const shown = (text: string, i: number): string => {
  if (i >= text.length) return '(einde van het bestand)';
  const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 40));
  if (word) return `"${word[0]}"`;
  const ch = text[i]!;
  if (ch === '\n' || ch === '\r') return '(regeleinde)';
  if (ch === '\t') return '(tab)';
  if (ch === '"') return 'een aanhalingsteken (")';
  return `"${ch}"`;
};

export const findJsonSyntaxProblem = (text: string): JsonSyntaxProblem | null => {
  let i = 0;
  const n = text.length;
  const stack: Array<'{' | '['> = [];
  type State = 'value' | 'arrayStart' | 'objectStart' | 'key' | 'after';
  let state: State = 'value';
  let afterComma = false;

  const fail = (at: number, expected: string, message: string): JsonSyntaxProblem => {
    const { line, column } = lineColumn(text, at);
    return { offset: at, line, column, found: shown(text, at), expected, message };
  };
  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const scanString = (): JsonSyntaxProblem | null => {
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail(i, 'vier hexadecimale cijfers na \\u', 'Ongeldige \\u-code in een tekst.');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail(i, 'een geldige escape: \\", \\\\, \\/, \\n, \\t, \\r, \\b, \\f of \\u0000', 'Een backslash (\\) in een tekst moet zelf als \\\\ geschreven worden.');
        continue;
      }
      if (c < 32) {
        return fail(i, 'het einde van de tekst (")', 'Een tekst loopt door over een regeleinde of bevat een tab. Sluit de tekst af met " of schrijf \\n.');
      }
      i++;
    }
    return fail(start, 'een afsluitend "', 'Deze tekst wordt niet afgesloten: er ontbreekt een ".');
  };
  const scanNumber = (): JsonSyntaxProblem | null => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-') return fail(i, 'een getal als 12, 0.5 of -3', 'Ongeldig getal.');
    const next = text[i + m[0].length];
    if (next !== undefined && /[0-9.eE]/.test(next)) return fail(i, 'een getal als 12, 0.5 of -3 (zonder voorloopnullen)', 'Ongeldig getal.');
    i += m[0].length;
    return null;
  };
  const badValue = (): JsonSyntaxProblem => {
    const ch = text[i]!;
    const top = stack[stack.length - 1];
    if ((ch === ']' || ch === '}') && afterComma) return fail(i, VALUE, `Er staat een komma vlak vóór "${ch}". Haal die komma weg.`);
    if (ch === '}' && top === '{') return fail(i, VALUE, 'Na de dubbele punt ontbreekt een waarde.');
    if (ch === "'") return fail(i, VALUE, 'Gebruik dubbele aanhalingstekens ("), geen enkele (\').');
    if (ch === '/') return fail(i, VALUE, 'JSON kent geen commentaar (// of /* */). Haal het commentaar weg.');
    if (ch === ',') return fail(i, VALUE, 'Hier ontbreekt een waarde vóór de komma.');
    if (/[A-Za-z_]/.test(ch)) {
      const word = /^[A-Za-z_]\w*/.exec(text.slice(i, i + 40))![0];
      if (['True', 'False', 'TRUE', 'FALSE', 'Null', 'NULL', 'None'].includes(word)) {
        return fail(i, 'true, false of null (kleine letters)', `"${word}" wordt in JSON met kleine letters geschreven.`);
      }
      return fail(i, VALUE, `Het woord "${word}" is geen geldige waarde. Zet tekst tussen dubbele aanhalingstekens.`);
    }
    return fail(i, VALUE, `Onverwacht teken "${ch}".`);
  };

  for (;;) {
    skipSpace();
    if (i >= n) {
      if (state === 'after' && stack.length === 0) return null;
      if (stack.length === 0 && state === 'value') return fail(i, VALUE, 'Het bestand is leeg.');
      const open = stack[stack.length - 1];
      return fail(i, open === '{' ? '"}"' : open === '[' ? '"]"' : VALUE, `Het bestand houdt onverwacht op: er ontbreekt nog een ${open === '{' ? '}' : open === '[' ? ']' : 'waarde'}.`);
    }
    const ch = text[i]!;
    // An empty container closes at once; otherwise its first element or member follows.
    if (state === 'arrayStart' || state === 'objectStart') {
      if (ch === (state === 'arrayStart' ? ']' : '}')) {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      state = state === 'arrayStart' ? 'value' : 'key';
    }
    switch (state) {
      case 'value': {
        if (ch === '{') {
          stack.push('{');
          i++;
          state = 'objectStart';
          continue;
        }
        if (ch === '[') {
          stack.push('[');
          i++;
          state = 'arrayStart';
          continue;
        }
        let p: JsonSyntaxProblem | null = null;
        if (ch === '"') p = scanString();
        else if (ch === '-' || (ch >= '0' && ch <= '9')) p = scanNumber();
        else if (text.startsWith('true', i)) i += 4;
        else if (text.startsWith('false', i)) i += 5;
        else if (text.startsWith('null', i)) i += 4;
        else if (ch === '.' && /[0-9]/.test(text[i + 1] ?? '')) return fail(i, 'een getal met een cijfer vóór de punt, zoals 0.5', 'Ongeldig getal.');
        else return badValue();
        if (p) return p;
        state = 'after';
        afterComma = false;
        continue;
      }
      case 'key': {
        if (ch === '"') {
          const p = scanString();
          if (p) return p;
          skipSpace();
          if (text[i] !== ':') return fail(i, '":"', 'Na de naam van een veld hoort een dubbele punt (:).');
          i++;
          state = 'value';
          afterComma = false;
          continue;
        }
        if (ch === '}' && afterComma) return fail(i, 'de naam van een veld tussen ""', 'Er staat een komma vlak vóór "}". Haal die komma weg.');
        if (ch === "'") return fail(i, 'de naam van een veld tussen dubbele aanhalingstekens', 'Gebruik dubbele aanhalingstekens ("), geen enkele (\').');
        if (ch === '/') return fail(i, 'de naam van een veld tussen ""', 'JSON kent geen commentaar (// of /* */). Haal het commentaar weg.');
        if (/[A-Za-z_$]/.test(ch)) return fail(i, 'de naam van een veld tussen ""', 'De naam van een veld moet tussen dubbele aanhalingstekens staan.');
        return fail(i, 'de naam van een veld tussen ""', `Onverwacht teken "${ch}".`);
      }
      case 'after': {
        const top = stack[stack.length - 1];
        if (top === undefined) return fail(i, '(einde van het bestand)', 'Na het einde van de JSON staat nog tekst. Een bestand bevat precies één object.');
        if (ch === ',') {
          i++;
          state = top === '{' ? 'key' : 'value';
          afterComma = true;
          continue;
        }
        if ((top === '{' && ch === '}') || (top === '[' && ch === ']')) {
          stack.pop();
          i++;
          continue;
        }
        const close = top === '{' ? '}' : ']';
        if (ch === '}' || ch === ']') return fail(i, `"," of "${close}"`, `Hier hoort "${close}" om de ${top === '{' ? 'accolade {' : 'blokhaak ['} te sluiten, niet "${ch}".`);
        if (ch === '/') return fail(i, `"," of "${close}"`, 'JSON kent geen commentaar (// of /* */). Haal het commentaar weg.');
        if (ch === ':' && top === '[') return fail(i, '"," of "]"', 'Een lijst [...] bevat alleen waarden, geen "naam": waarde.');
        return fail(i, `"," of "${close}"`, 'Hier ontbreekt een komma tussen twee onderdelen.');
      }
    }
  }
};
