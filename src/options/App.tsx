/** Wires the options model to its props-only views. */
import type { OptionsModel } from './model';
import { DataNote } from './views/DataNote';
import { RoleTable } from './views/RoleTable';

export function App({ model }: { model: OptionsModel }) {
  return (
    <main class="options">
      <h1>Coach Network options</h1>
      <RoleTable rows={model.roleRows.value} />
      <DataNote />
    </main>
  );
}
