/** Wires the popup model to the screens and the keyboard to the model's actions. */
import { useEffect, useRef } from 'preact/hooks';
import type { RecordKey } from '../domain/records';
import { focusedContactKey, focusedCriterion, isRowFocused, keyCommand, moveContactFocus, type KeyCommand } from './keyboard';
import type { PopupModel } from './model';
import { pipelinePart, ready, unreadablePart } from './lazy';
import { DealScreen } from './screens/DealScreen';
import { LoadError, Loading } from './views/States';
import { SetAsideNotice } from './views/SetAsideNotice';

export function App({ model }: { model: PopupModel }) {
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    // On the document, not the list: when the popup opens nothing inside it has focus yet.
    const onKeyDown = (event: KeyboardEvent) => {
      const container = root.current;
      const command = container && keyCommand(event);
      if (!container || !command) return;
      if (run(model, container, command)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [model]);

  return (
    <main class="popup" ref={root}>
      {/* Once the screen has something to show: its request must not hold up the tab's state (issue 8). */}
      {model.state.value.kind !== 'loading' && <SetAsideNotice />}
      <Screen model={model} />
    </main>
  );
}

function Screen({ model }: { model: PopupModel }) {
  const state = model.state.value;
  const deal = model.deal.value;
  switch (state.kind) {
    case 'loading':
      return <Loading />;
    case 'error':
      return <LoadError message={state.message} />;
    // These two are chunks of their own (lazy.ts): the loading screen stays until they are in.
    case 'unreadable': {
      const note = ready(unreadablePart);
      return note ? <note.UnreadableNote unreadable={state.unreadable} /> : <Loading />;
    }
    case 'none': {
      // Off an opportunity: every tracked deal, worst gaps first (self-contained, own model).
      const pipeline = ready(pipelinePart);
      return pipeline ? <pipeline.Pipeline /> : <Loading />;
    }
    case 'deal':
      if (!deal) return null; // unreachable: `deal` is derived from this very state
      return <DealScreen model={model} deal={deal} />;
  }
}

/** Carries out one key; true when it did something (so the browser's default is prevented). */
function run(model: PopupModel, container: HTMLElement, command: KeyCommand): boolean {
  // Esc with nothing to close is the browser's: it closes the popup.
  if (command.kind === 'escape') return model.escape();
  if (model.state.peek().kind !== 'deal' || model.form.peek()) return false;
  const screen = model.screen.peek();
  if (command.kind === 'move') {
    if (screen.kind !== 'list') return false;
    moveContactFocus(container, command.delta); // and no scrolling by the arrow
    return true;
  }
  // The focused row's contact; on a person's detail, that person wherever the focus is.
  const key: RecordKey | null = screen.kind === 'person' ? screen.key : focusedContactKey(container);
  if (!key) return false;
  switch (command.kind) {
    case 'cycle':
      void model.cycleCriterion(key, command.criterion);
      return true;
    case 'sponsor':
      void model.toggleSponsor(key);
      return true;
    case 'form':
      if (command.form === 'evidence') model.openForm('evidence', key, { criterion: focusedCriterion(container) ?? undefined });
      else model.openForm(command.form, key);
      return true;
    case 'open':
      // Enter on a button inside the row presses that button; only the row itself opens the person.
      if (screen.kind !== 'list' || !isRowFocused(container)) return false;
      model.openPerson(key);
      return true;
  }
}
