/**
 * The 合作方式 cell (`独资、合资`, `合资/合作`, `PPP`, `Joint venture; lease`) mapped to the
 * content model's cooperation modes. Words of the synonym table count too. A cell that leaves the
 * mode open (`不限`, `面议`, or empty) becomes sole, joint venture or cooperation, and says so;
 * any other unrecognised word is reported, not guessed.
 */
import type { Bilingual } from '../content/bilingual.ts';
import type { CooperationMode } from '../vocabulary.ts';
import { normalizeWord } from './synonyms.ts';

const aliases: [RegExp, CooperationMode[]][] = [
  [/^(独资|独资建设|独资经营|外商独资|sole|wholly[- ]owned|wfoe|sole proprietorship)$/i, ['sole']],
  [/^(合资|合资建设|合资经营|中外合资|jv|joint[- ]venture)$/i, ['jv']],
  [/^(合资合作)$/, ['jv', 'cooperation']],
  [/^(合作|合作经营|合作开发|合作建设|中外合作|cooperation|co-operation|partnership)$/i, ['cooperation']],
  [/^(ppp|政府和社会资本合作)$/i, ['ppp']],
  [/^(租赁|租用|厂房租赁|lease|leasing|rent)$/i, ['lease']],
  [/^(特许经营|bot|franchise|concession)$/i, ['franchise']],
  [/^(股权合作|参股|入股|股权投资|equity|equity cooperation|equity investment)$/i, ['equity']],
];

/** Words that leave the mode to the investor. */
const openWords = /^(不限|均可|面议|灵活|待定|协商|多种方式|negotiable|any|open)$/i;
const openModes: CooperationMode[] = ['sole', 'jv', 'cooperation'];

export type CooperationResult =
  | { ok: true; modes: CooperationMode[]; guess?: Bilingual }
  | { ok: false; unknown: string[] };

function lookup(part: string, synonyms: ReadonlyMap<string, CooperationMode>): { modes: CooperationMode[]; bySynonym: boolean } | undefined {
  const found = aliases.find(([pattern]) => pattern.test(part))?.[1];
  if (found) return { modes: found, bySynonym: false };
  const synonym = synonyms.get(normalizeWord(part));
  return synonym ? { modes: [synonym], bySynonym: true } : undefined;
}

/** `独资或合资` is two modes, but `政府和社会资本合作` is one: the whole part is tried first. */
function modesOf(part: string, synonyms: ReadonlyMap<string, CooperationMode>): { modes: CooperationMode[]; bySynonym: boolean } | undefined {
  const whole = lookup(part, synonyms);
  if (whole) return whole;
  const pieces = part.split(/[和或及与]/).map((piece) => piece.trim()).filter(Boolean);
  if (pieces.length < 2) return undefined;
  const found = pieces.map((piece) => lookup(piece, synonyms));
  if (!found.every((result) => result !== undefined)) return undefined;
  return { modes: found.flatMap((result) => result.modes), bySynonym: found.some((result) => result.bySynonym) };
}

const modeLabels: Record<CooperationMode, string> = { sole: '独资', jv: '合资', cooperation: '合作', ppp: 'PPP', lease: '租赁', franchise: '特许经营', equity: '股权合作' };

export function cooperationLabels(modes: readonly CooperationMode[]): Bilingual {
  return { zh: modes.map((mode) => modeLabels[mode]).join('、'), en: modes.join(', ') };
}

export function parseCooperation(text: string, synonyms: ReadonlyMap<string, CooperationMode> = new Map()): CooperationResult {
  const cell = text.trim().replace(/[。.]$/, '');
  if (cell === '' || openWords.test(cell)) {
    const labels = cooperationLabels(openModes);
    return {
      ok: true,
      modes: openModes,
      guess:
        cell === ''
          ? { zh: `合作方式为空，按 ${labels.zh} 导入`, en: `no cooperation mode given; imported as ${labels.en}` }
          : { zh: `合作方式“${cell}”未限定，按 ${labels.zh} 导入`, en: `cooperation mode "${cell}" leaves it open; imported as ${labels.en}` },
    };
  }
  const parts = cell
    .split(/[、,，/／;；|\n]|\s+(?:and|or)\s+/i)
    .map((part) => part.trim())
    .filter(Boolean);
  const modes = new Set<CooperationMode>();
  const unknown: string[] = [];
  const bySynonym: string[] = [];
  for (const part of parts) {
    const found = modesOf(part, synonyms);
    if (!found) unknown.push(part);
    else {
      for (const mode of found.modes) modes.add(mode);
      if (found.bySynonym) bySynonym.push(part);
    }
  }
  if (unknown.length > 0 || modes.size === 0) return { ok: false, unknown: unknown.length > 0 ? unknown : [text] };
  if (bySynonym.length === 0) return { ok: true, modes: [...modes] };
  const labels = cooperationLabels([...modes]);
  return {
    ok: true,
    modes: [...modes],
    guess: { zh: `合作方式“${cell}”按同义词表读作 ${labels.zh}`, en: `cooperation mode "${cell}" read as ${labels.en} by the synonym table` },
  };
}
