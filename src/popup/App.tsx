/** Wires the popup model to the props-only views and the keyboard to the model's actions. */
import { useEffect, useRef } from 'preact/hooks';
import { focusedContactKey, keyCommand, moveContactFocus } from './keyboard';
import type { PopupModel } from './model';
import { ContactList } from './views/ContactList';
import { DealHeader } from './views/DealHeader';
import { LoadError, Loading, NotOnOpportunity, UnreadableNote } from './views/States';

export function App({ model }: { model: PopupModel }) {
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    // On the document, not the list: when the popup opens nothing inside it has focus yet.
    const onKeyDown = (event: KeyboardEvent) => {
      const container = root.current;
      const command = container && keyCommand(event);
      if (!container || !command) return;
      if (command.kind === 'move') {
        event.preventDefault(); // ↑/↓ would also scroll the popup
        moveContactFocus(container, command.delta);
        return;
      }
      const contactKey = focusedContactKey(container);
      if (contactKey) void model.cycleCriterion(contactKey, command.criterion);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [model]);

  return (
    <main class="popup" ref={root}>
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
    case 'unreadable':
      return <UnreadableNote unreadable={state.unreadable} />;
    case 'none':
      return <NotOnOpportunity />;
    case 'deal':
      if (!deal) return null; // unreachable: `deal` is derived from this very state
      return (
        <>
          <DealHeader
            name={deal.name}
            stage={deal.stage}
            amount={deal.amount}
            closeDate={deal.closeDate}
            accountName={deal.accountName}
            verdict={deal.verdict}
          />
          <ContactList
            contacts={deal.contacts}
            failure={model.saveFailure.value}
            onSet={(contactKey, criterion, value) => void model.setCriterion(contactKey, criterion, value)}
          />
        </>
      );
  }
}
