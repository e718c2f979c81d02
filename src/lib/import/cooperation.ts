/**
 * The 合作方式 cell (`独资、合资`, `合资/合作`, `PPP`, `Joint venture; lease`) mapped to the
 * content model's cooperation modes. Anything unrecognised is reported, not guessed.
 */
import type { CooperationMode } from '../vocabulary.ts';

const aliases: [RegExp, CooperationMode[]][] = [
  [/^(独资|独资建设|独资经营|外商独资|sole|wholly[- ]owned|wfoe|sole proprietorship)$/i, ['sole']],
  [/^(合资|合资建设|合资经营|中外合资|jv|joint[- ]venture)$/i, ['jv']],
  [/^(合资合作)$/, ['jv', 'cooperation']],
  [/^(合作|合作经营|合作开发|合作建设|中外合作|cooperation|co-operation|partnership)$/i, ['cooperation']],
  [/^(ppp|政府和社会资本合作)$/i, ['ppp']],
  [/^(租赁|租用|厂房租赁|lease|leasing|rent)$/i, ['lease']],
  [/^(特许经营|bot|franchise|concession)$/i, ['franchise']],
  [/^(股权合作|参股|入股|股权投资|equity|equity cooperation|equity investment)$/i, ['equity']],
  [/^(不限|均可|面议|灵活|negotiable|any|open)$/i, ['sole', 'jv', 'cooperation']],
];

export type CooperationResult = { ok: true; modes: CooperationMode[] } | { ok: false; unknown: string[] };

function lookup(part: string): CooperationMode[] | undefined {
  return aliases.find(([pattern]) => pattern.test(part))?.[1];
}

/** `独资或合资` is two modes, but `政府和社会资本合作` is one: the whole part is tried first. */
function modesOf(part: string): CooperationMode[] | undefined {
  const whole = lookup(part);
  if (whole) return whole;
  const pieces = part.split(/[和或及与]/).map((piece) => piece.trim()).filter(Boolean);
  if (pieces.length < 2) return undefined;
  const found = pieces.map(lookup);
  return found.every((modes) => modes !== undefined) ? found.flat() : undefined;
}

export function parseCooperation(text: string): CooperationResult {
  const parts = text
    .split(/[、,，/／;；|\n]|\s+(?:and|or)\s+/i)
    .map((part) => part.trim())
    .filter(Boolean);
  const modes = new Set<CooperationMode>();
  const unknown: string[] = [];
  for (const part of parts) {
    const found = modesOf(part);
    if (found) for (const mode of found) modes.add(mode);
    else unknown.push(part);
  }
  if (unknown.length > 0 || modes.size === 0) return { ok: false, unknown: unknown.length > 0 ? unknown : [text] };
  return { ok: true, modes: [...modes] };
}
