// Quiz progress as stored data: the versioned JSON model, reading it back (with migration and
// repair), and the export/import file format. Scheduling lives in ./schedule.ts.
// One entry (an item and its FSRS card) is read, migrated and converted in ./storedItem.ts.
// Pure and host-free: every function that needs the time is given `now`.
import { historyOf, readHistory, type StudyHistory } from './history';
import { describe, isRecord, migrateV1, readItem, type ItemState } from './storedItem';

export { loadCard, storeCard, type ItemState, type StoredCard } from './storedItem';

export const PROGRESS_VERSION = 2;
/** The marker an exported progress file carries, so an unrelated JSON file is not imported. */
export const PROGRESS_KIND = 'genai-study-progress';

/** The whole progress store: plain JSON, no Date objects, keyed on quiz item id; its history is optional. */
export interface ProgressData extends StudyHistory {
  readonly version: typeof PROGRESS_VERSION;
  readonly items: Readonly<Record<string, ItemState>>;
}

export interface ReadResult {
  readonly data: ProgressData;
  /** Set when (part of) the value could not be read: back the raw value up and tell the user. */
  readonly problem?: string;
  /** Set when the value was written by a newer version: leave it alone rather than overwrite it. */
  readonly newerVersion?: number;
}

export function emptyProgress(): ProgressData {
  return { version: PROGRESS_VERSION, items: {} };
}

/** The item's state, if any; safe for ids such as "constructor" or "__proto__". */
export function itemState(data: ProgressData, itemId: string): ItemState | undefined {
  return Object.hasOwn(data.items, itemId) ? data.items[itemId] : undefined;
}

/**
 * Reads whatever was stored under the progress key. Never throws.
 * - `undefined`/`null`: empty progress, no problem (nothing was ever saved).
 * - version 2: read as is; entries that do not validate are dropped and counted in `problem`.
 * - version 1 (`{ seen, correct, last: epochMs }` per item): migrated, counts kept. The FSRS card
 *   starts afresh (state New) and is due at the old answer time, so the longest-unseen items come
 *   first; the concept id is the item id before its last '#'; `lastCorrect` is true only when
 *   every answer was right (version 1 did not record it).
 * - a newer version: empty data, `problem` and `newerVersion`; anything else: empty data and `problem`.
 */
export function readProgress(raw: unknown, now: Date): ReadResult {
  try {
    return readStored(raw, now);
  } catch (e) {
    // only a hostile value (a throwing getter, a proxy) gets here, never parsed JSON
    return broken(
      `Saved progress could not be read (${e instanceof Error ? e.message : String(e)}); starting with empty progress.`,
    );
  }
}

function readStored(raw: unknown, now: Date): ReadResult {
  if (raw === undefined || raw === null) return { data: emptyProgress() };
  if (!isRecord(raw)) return broken(`Saved progress is ${describe(raw)}, not an object; starting with empty progress.`);
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return broken(
      `Saved progress has no valid version number (found ${describe(version)}); starting with empty progress.`,
    );
  }
  if (version > PROGRESS_VERSION) {
    return {
      data: emptyProgress(),
      newerVersion: version,
      problem:
        `Saved progress is version ${version}, written by a newer version of the extension ` +
        `(this one reads up to ${PROGRESS_VERSION}). It was not loaded.`,
    };
  }
  if (!isRecord(raw.items))
    return broken(
      `Saved progress (version ${version}) has no item table (found ${describe(raw.items)}); ` +
        'starting with empty progress.',
    );
  const entries = Object.entries(raw.items);
  const kept: [string, ItemState][] = [];
  let dropped = 0;
  let first = '';
  for (const [id, value] of entries) {
    const state = version === 1 ? migrateV1(id, value, now) : readItem(value);
    if (typeof state === 'string') {
      dropped++;
      first ||= `"${id.slice(0, 60)}": ${state}`;
    } else {
      kept.push([id, state]);
    }
  }
  const data: ProgressData = { version: PROGRESS_VERSION, items: Object.fromEntries(kept), ...readHistory(raw) };
  if (!dropped) return { data };
  return {
    data,
    problem:
      `Dropped ${dropped} of ${entries.length} saved progress entries that could not be read ` +
      `(first: ${first}); kept ${kept.length}.`,
  };
}

function broken(problem: string): ReadResult {
  return { data: emptyProgress(), problem };
}

export interface ImportResult {
  /** The imported progress; absent when the file cannot be used at all. */
  readonly data?: ProgressData;
  /** Why nothing could be imported. */
  readonly error?: string;
  /** Set when some entries were dropped but the rest were imported. */
  readonly warning?: string;
}

/** Pretty JSON for a progress file the user can keep or move to another machine. */
export function exportProgress(data: ProgressData): string {
  const file = { kind: PROGRESS_KIND, version: data.version, items: data.items, ...historyOf(data) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads an exported progress file. Never throws; merge the result in with `mergeProgress`. */
export function importProgress(text: string, now: Date): ImportResult {
  if (typeof text !== 'string' || !text.trim()) return { error: 'The file is empty.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { error: `The file is not valid JSON (${e instanceof Error ? e.message : String(e)}).` };
  }
  if (!isRecord(parsed) || parsed.kind !== PROGRESS_KIND) {
    return { error: `The file is not a GenAI Study progress export: it has no "kind": "${PROGRESS_KIND}" marker.` };
  }
  const read = readProgress({ version: parsed.version, items: parsed.items, ...readHistory(parsed) }, now);
  if (read.newerVersion !== undefined)
    return {
      error:
        `The file was exported by a newer version of the extension (progress version ${read.newerVersion}); ` +
        'update the extension to import it.',
    };
  if (read.problem && !Object.keys(read.data.items).length)
    return { error: `The file could not be read: ${read.problem}` };
  return read.problem ? { data: read.data, warning: read.problem } : { data: read.data };
}
