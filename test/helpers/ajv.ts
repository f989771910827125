// ajv 8 comes with the dev tooling (not a direct dependency); the published JSON Schemas are
// checked with it when it is present (draft 2020-12, formats not enforced). null without it.
export type Validate = ((data: unknown) => boolean) & { errors?: unknown };

export const ajv = await import('ajv/dist/2020.js')
  .then((m) => {
    const Ajv = (m.default ?? m) as unknown as new (o: object) => { compile(s: object): Validate };
    return new Ajv({ strict: false, allErrors: true, validateFormats: false });
  })
  .catch(() => null);
