// The published JSON Schemas of pack format v1 and case file v1, generated from the zod
// schemas so they cannot drift apart (a test compares the committed files with a fresh run).
// Editors such as VS Code use them for completion and red underlines while a regional team
// edits a pack. What JSON Schema cannot say (references resolve, operators fit the fact's
// type) is checked by the loader, with the same kind of message.
import { z } from 'zod';
import { caseFileSchema } from '../case/schema.ts';
import { isoDateSchema } from '../dates/index.ts';
import { regions, regionIdSchema } from '../regions/index.ts';
import { leafRuleSchema, packSchema, ruleNodeSchema } from './format.ts';

type Json = Record<string, unknown>;

const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

const override = (ctx: { zodSchema: unknown; jsonSchema: Json }): void => {
  const replace = (next: Json) => {
    for (const k of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[k];
    Object.assign(ctx.jsonSchema, next);
  };
  // The rule node is a recursive custom transform, which zod renders as an empty schema.
  if (ctx.zodSchema === ruleNodeSchema) replace({ $ref: '#/$defs/ruleNode' });
  else if (ctx.zodSchema === isoDateSchema) replace({ type: 'string', pattern: ISO_DATE_PATTERN, description: 'Datum als jjjj-mm-dd.' });
  else if (ctx.zodSchema === regionIdSchema) replace({ type: 'string', enum: regions.map((r) => r.id), description: 'Id van een arbeidsmarktregio.' });
};

const generate = (schema: z.ZodType): Json =>
  z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any', override: override as never }) as Json;

const groupOf = (key: 'all' | 'any' | 'not'): Json => ({
  type: 'object',
  properties: {
    [key]: key === 'not' ? { $ref: '#/$defs/ruleNode' } : { type: 'array', minItems: 1, maxItems: 100, items: { $ref: '#/$defs/ruleNode' } },
  },
  required: [key],
  additionalProperties: false,
});

const ruleNodeDef = (): Json => {
  const leaf = generate(leafRuleSchema);
  delete leaf.$schema;
  return {
    description: 'Een regel: een groep (all: alle moeten gelden; any: minstens één; not: mag niet gelden) of een voorwaarde over een feit van de casus.',
    oneOf: [groupOf('all'), groupOf('any'), groupOf('not'), { ...leaf, description: 'Een voorwaarde: feit, operator, waarde, en een zin voor voldaan en niet voldaan.' }],
  };
};

export const packJsonSchema = (): Json => {
  const body = generate(packSchema);
  const { $schema, ...rest } = body;
  return {
    $schema,
    title: 'Arrangeur regelingenpakket, formaat v1',
    description: 'Een pakket met regelingen voor scholingsfinanciering. Alleen gegevens: niets in een pakket wordt uitgevoerd.',
    ...rest,
    $defs: { ...((rest.$defs as Json | undefined) ?? {}), ruleNode: ruleNodeDef() },
  };
};

export const caseJsonSchema = (): Json => {
  const { $schema, ...rest } = generate(caseFileSchema);
  return {
    $schema,
    title: 'Arrangeur casusbestand, formaat v1',
    description: 'De situatie van één cliënt en één opleiding, om regelingen op te zoeken.',
    ...rest,
  };
};

/** File name → file text, exactly as committed in schemas/. */
export const jsonSchemaFiles = (): Record<string, string> => ({
  'pack.v1.schema.json': `${JSON.stringify(packJsonSchema(), null, 2)}\n`,
  'case.v1.schema.json': `${JSON.stringify(caseJsonSchema(), null, 2)}\n`,
});
