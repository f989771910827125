// JSON columns (intake fields, trainings, arrangement versions) were written by the
// repositories from values the contract had validated; they are parsed back as such.
export const fromJson = <T>(text: string): T => JSON.parse(text) as T;
