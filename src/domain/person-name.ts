/**
 * A person's name as a deal's view knows it (contacts, internal coaches, contacts who left): for
 * the popup's full view and the page's narrower one alike, so it lives apart from both schemas.
 */
type Named = ReadonlyArray<{ key: string; name: string }>;

export function personName(view: { contacts: Named; internalCoaches: Named; formerContacts: Named }, key: string): string {
  const everyone = [...view.contacts, ...view.internalCoaches, ...view.formerContacts];
  return everyone.find((p) => p.key === key)?.name ?? 'someone no longer on this deal';
}
