/** Where the rep's tags live. Only claims the code keeps: no server, no account, no request of our own. */
export function DataNote() {
  return (
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">Your data stays in this browser</h2>
      <p>
        Coach Network keeps your contacts' tags in this browser's extension storage. It has no server and no account,
        and makes no network request of its own: what it reads on your CRM pages never leaves this browser.
      </p>
      <p>Removing the extension removes its data.</p>
    </section>
  );
}
