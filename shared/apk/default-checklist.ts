// The checklist shipped with the app. Parsed (not cast) so a broken edit of the JSON fails
// the tests and the start-up, instead of showing the adviser half a list.
import data from './checklist.v1.json' with { type: 'json' };
import { checklistSchema, type ApkChecklist } from './checklist.ts';

export const defaultChecklist: ApkChecklist = checklistSchema.parse(data);
