/**
 * Checks of project histories against the calendar: a milestone or a payment of funds in place
 * dated after the build's "today" is a plan, not a fact, and would be counted in the dashboards.
 * The schema cannot know today, so this runs with the checks across files.
 */
import { futureDateIssues } from '../pipeline.ts';
import type { RawProblem } from './integrity.ts';
import type { AtlasContent } from './types.ts';

export function checkHistories(content: AtlasContent, today: string): RawProblem[] {
  return content.opportunities.flatMap((entry) => futureDateIssues(entry.data, today).map((issue) => ({ file: entry.file, path: issue.path, message: issue.message })));
}
