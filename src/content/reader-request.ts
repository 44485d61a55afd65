/**
 * The gate's one message: "inject the reader into my tab". Its own module so the gate stays free
 * of the protocol's schemas; the background parses it like every other request.
 */
export const READER_REQUEST = { type: 'page/reader' } as const;
