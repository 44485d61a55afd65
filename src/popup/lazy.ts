/**
 * The popup's screens that are not on its first screen, each a chunk of its own (build.mjs builds
 * the popup as ES modules with code splitting): what the popup loads before its first render is
 * the entry, the model and a deal's list (index.tsx, mount.tsx), and nothing else (issue 8: popup
 * ≤ 30 KiB gzip, first render ≤ 50 ms).
 *
 * - later: what the deal screen shows after its first paint (the keys, the overview below the
 *   list) and what a click or a key opens there (a person's detail, the forms); asked for right
 *   after that first paint (DealScreen), so that it is in before the rep gets to it;
 * - pipeline, unreadable: the first screen off a CRM page, and the note on a page that could not
 *   be read; asked for once the popup knows it shows them (the loading screen stays until then).
 *
 * Each part's module is a signal: a component that reads it renders again once the chunk is in,
 * and until then keeps showing what it showed (the loading screen, the list), never an empty one.
 *
 * A part is a module in chunks/, and each of them imports mount.tsx, for the build's sake only:
 * esbuild puts a module in a chunk by the set of entries (the popup and each part) that reach it,
 * so without it the first load would be cut into a chunk per combination of parts sharing some of
 * it (nine files, ~1.5 KiB more gzip, and each one more file to fetch before the first render).
 * Reached by every part, it is one chunk (beside popup.js, a small one of what start.ts needs,
 * and mount.tsx's own). Importing it costs a part nothing: it is loaded and evaluated already.
 */
import { signal, type ReadonlySignal } from '@preact/signals';

export interface Part<T> {
  /** The chunk's module once it is in, else null. */
  readonly loaded: ReadonlySignal<T | null>;
  /** Loads the chunk (once; again only after a failure) and resolves with its module. */
  load(): Promise<T>;
}

export function part<T>(importer: () => Promise<T>): Part<T> {
  const loaded = signal<T | null>(null);
  let loading: Promise<T> | null = null;
  return {
    loaded,
    load() {
      loading ??= importer().then(
        (module) => (loaded.value = module),
        (error: unknown) => {
          // An extension's own file fails to load only in a broken install; a later ask tries again.
          loading = null;
          throw error;
        },
      );
      return loading;
    },
  };
}

const reportFailure = (error: unknown) => console.error('Coach Network: a part of the popup could not be loaded', error);

/** Loads a part without waiting for it; a failure is reported, not thrown (the screen keeps what it shows). */
export function preload(what: Part<unknown>): void {
  what.load().catch(reportFailure);
}

/** Runs `use` with the part's module once it is in. */
export function withPart<T>(what: Part<T>, use: (module: T) => void): void {
  what.load().then(use, reportFailure);
}

/**
 * The part's module when it is in; else null, and it is on its way. Read in a render, so that the
 * component renders again when it arrives.
 */
export function ready<T>(what: Part<T>): T | null {
  const module = what.loaded.value;
  if (!module) preload(what);
  return module;
}

export const laterPart = part(() => import('./chunks/later'));
export const pipelinePart = part(() => import('./chunks/pipeline'));
export const unreadablePart = part(() => import('./chunks/unreadable'));
